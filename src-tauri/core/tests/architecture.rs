//! The shape of the core, checked: every module sits on a layer, imports only its own layer
//! and the ones below, and never forms a circle; the storage engine imports no domain; no
//! source file grows past 400 lines. ARCHITECTURE.md draws the same layers.
//!
//! The imports are read with `syn` from the source text: every `use crate::…` and every
//! `crate::…` path in code, including test modules inside `src/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// Bottom to top. A module may import modules of its own layer or of a lower one.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "foundation",
        &[
            "error",
            "wire_enum",
            "clock",
            "text",
            "time",
            "link",
            "paths",
            "patch",
            "files",
            "markdown",
            "i18n",
            "ctx",
        ],
    ),
    ("keys", &["vault"]),
    ("engine", &["store"]),
    ("settings", &["settings"]),
    ("library and search", &["topic", "search"]),
    ("session", &["session"]),
    ("tandem", &["tandem"]),
    ("tandem parts", &["goal", "meeting", "agreement"]),
    ("meeting parts", &["agenda", "action", "note", "reflection"]),
    ("journal", &["journal", "sample"]),
    ("reminders and calendar", &["reminder", "calendar"]),
    ("partner exchange", &["exchange"]),
    ("pages", &["page"]),
    ("health", &["doctor"]),
    ("bindings", &["bindings"]),
];

/// What the engine (`store`) may import: the foundation and the key it opens with.
const ENGINE_MAY_IMPORT: &[&str] = &["error", "text", "time", "vault"];

/// Longest source file, in lines.
const MAX_LINES: usize = 400;

fn src_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/meeting/store.rs` → "meeting"; `src/time.rs` → "time"; `src/lib.rs` → "lib".
fn top_module(file: &Path) -> String {
    let rel = file.strip_prefix(src_dir()).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The first segment after `crate` of every path in a file.
#[derive(Default)]
struct CrateRefs(BTreeSet<String>);

impl CrateRefs {
    fn use_tree(&mut self, tree: &syn::UseTree, after_crate: bool) {
        match tree {
            syn::UseTree::Path(p) if p.ident == "crate" => self.use_tree(&p.tree, true),
            syn::UseTree::Path(p) if after_crate => {
                self.0.insert(p.ident.to_string());
            }
            syn::UseTree::Name(n) if after_crate => {
                self.0.insert(n.ident.to_string());
            }
            syn::UseTree::Rename(r) if after_crate => {
                self.0.insert(r.ident.to_string());
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(t, after_crate);
                }
            }
            _ => {}
        }
    }
}

impl<'ast> Visit<'ast> for CrateRefs {
    fn visit_item_use(&mut self, node: &'ast syn::ItemUse) {
        self.use_tree(&node.tree, false);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let mut segments = path.segments.iter();
        if segments.next().is_some_and(|s| s.ident == "crate") {
            if let Some(next) = segments.next() {
                self.0.insert(next.ident.to_string());
            }
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // Paths inside macro bodies (format!, matches! …) are tokens, not syntax: scan them.
        let text = mac.tokens.to_string();
        for part in text.split("crate :: ").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                self.0.insert(name);
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}

/// lib.rs re-exports the error types at the crate root: `crate::Error` is the `error` module.
fn module_of(name: String) -> String {
    match name.as_str() {
        "Error" | "ErrorCode" | "ErrorPayload" | "Result" => "error".to_string(),
        _ => name,
    }
}

/// Module → the top modules it names, for every module of the crate.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let ast = syn::parse_file(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
        let mut refs = CrateRefs::default();
        refs.visit_file(&ast);
        let me = top_module(&file);
        let entry = graph.entry(me.clone()).or_default();
        entry.extend(refs.0.into_iter().map(module_of).filter(|r| *r != me));
    }
    graph
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

#[test]
fn every_module_has_a_layer_and_imports_only_downwards() {
    let graph = imports();
    let mut problems = Vec::new();
    for (module, targets) in &graph {
        if module == "lib" {
            continue;
        }
        let Some(mine) = layer_of(module) else {
            problems.push(format!("`{module}` is on no layer: add it to LAYERS"));
            continue;
        };
        for target in targets {
            match layer_of(target) {
                Some(theirs) if theirs > mine => problems.push(format!(
                    "`{module}` ({}) imports `{target}` ({}), a higher layer",
                    LAYERS[mine].0, LAYERS[theirs].0
                )),
                Some(_) => {}
                None => problems.push(format!("`{module}` imports `{target}`, which has no layer")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_import_circles_between_modules() {
    let graph = imports();
    // Depth-first search with colours; the first back edge is a circle.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next.as_str()).copied().unwrap_or(0) {
                1 => {
                    let start = path.iter().position(|p| p == next).unwrap_or(0);
                    let mut circle = path[start..].to_vec();
                    circle.push(next.clone());
                    return Some(circle);
                }
                0 => {
                    if let Some(circle) = visit(next, graph, state, path) {
                        return Some(circle);
                    }
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for module in graph.keys() {
        if state.get(module.as_str()).copied().unwrap_or(0) == 0 {
            if let Some(circle) = visit(module, &graph, &mut state, &mut Vec::new()) {
                panic!("import circle: {}", circle.join(" → "));
            }
        }
    }
}

#[test]
fn the_engine_imports_no_domain() {
    let graph = imports();
    let engine = graph.get("store").expect("the store module exists");
    let domains: Vec<&String> = engine
        .iter()
        .filter(|m| !ENGINE_MAY_IMPORT.contains(&m.as_str()))
        .collect();
    assert!(
        domains.is_empty(),
        "the storage engine imports {domains:?}; table code belongs in its domain folder \
         (e.g. meeting/store.rs), and the engine knows only {ENGINE_MAY_IMPORT:?}"
    );
}

#[test]
fn no_source_file_passes_400_lines() {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).unwrap().lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these files: {}", long.join(", "));
}

#[test]
fn the_checker_sees_imports() {
    // Guards the guard: a reader that found nothing would pass every test above.
    let graph = imports();
    assert!(
        graph["meeting"].contains("tandem"),
        "{:?}",
        graph["meeting"]
    );
    assert!(graph["store"].contains("vault"), "{:?}", graph["store"]);
    assert!(graph["page"].contains("agenda"), "{:?}", graph["page"]);
    assert!(graph.len() >= 25, "{graph:?}");
}
