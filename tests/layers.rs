//! The layers of docs/architecture.md, held by the imports of each folder: the domain is plain Rust, `i18n` names
//! the domain's values without knowing how the app stores them, `state` knows no view, and a shared component knows
//! no page. A `use` (or path) across a forbidden line fails here, naming the file and the line.

use std::fs;
use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    out
}

/// The lines of the files under `src/<folder>` that name any of `forbidden` (e.g. `crate::state`).
fn crossings(folder: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder);
    let mut found = Vec::new();
    for (file, text) in sources(&root) {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in forbidden {
                if code.contains(name) {
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn the_domain_is_plain_rust() {
    let found = crossings(
        "domain",
        &[
            "crate::state",
            "crate::i18n",
            "crate::routing",
            "crate::components",
            "crate::pages",
            "crate::browser",
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
        ],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn i18n_and_state_use_no_view_and_i18n_no_state() {
    let mut found = crossings(
        "i18n",
        &["crate::state", "crate::components", "crate::pages"],
    );
    found.extend(crossings("state", &["crate::components", "crate::pages"]));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_shared_component_knows_no_page() {
    let found = crossings("components", &["crate::pages"]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}
