//! `wire_enum!`: a plain enum with one stable snake_case text form, used both on the wire
//! (serde, ts-rs) and in the database (TEXT columns with a CHECK constraint).

/// Declares `as_str`, `parse`, `Display` and the rusqlite `ToSql`/`FromSql` impls for an enum
/// whose variants map to fixed strings. The serde names must be the same strings
/// (`#[serde(rename_all = "snake_case")]` on the enum); a unit test per enum checks that.
macro_rules! wire_enum {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The stable text form (same as serde).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $text),+
                }
            }

            /// The variant with this text form.
            pub fn parse(text: &str) -> Option<$ty> {
                match text {
                    $($text => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::types::ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $ty {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $ty::parse(text).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(
                        format!("unknown {} value {text:?}", stringify!($ty)).into(),
                    )
                })
            }
        }
    };
}

pub(crate) use wire_enum;
