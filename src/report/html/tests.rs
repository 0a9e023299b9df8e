//! Tests of `html`.

use super::super::{assert_snapshot, fixtures};
use super::*;

#[test]
fn renders_the_fixture() {
    let out = fixtures::render_to_string(|w| Box::new(Html::new(w)));
    assert_snapshot("fixture.html", &out);
}

#[test]
fn escapes_article_text() {
    let mut recs = fixtures::records();
    let r = &mut recs[0];
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    r.record.id = format!("{evil}\" onmouseover=\"x");
    r.units[2].hyp = evil.to_string();
    r.units[0].findings[0].message = evil.to_string();
    r.units[0].findings[0].suggestion = Some(evil.to_string());
    let page = render(&recs, &[evil.to_string()], &[]);
    assert!(!page.contains("<script>alert"), "raw script in the page");
    assert!(!page.contains("<img"), "raw img in the page");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_eq!(page.matches("<script").count(), 1, "only our own script");
    assert!(page.contains("script-src 'nonce-"));
}

#[test]
fn marks_gaps_direction_and_spans() {
    let page = render(&fixtures::records(), &[], &[]);
    assert!(page.contains("class=\"hyp gap\">missing from the translation"));
    assert!(page.contains("class=\"src gap\">not in the source"));
    assert!(page.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(page.contains("lang=\"zh\" dir=\"ltr\""));
    assert!(page.contains("<mark class=\"sev-critical\" data-f=\"f1\">Garrut</mark>"));
    assert!(page.contains("<mark class=\"sev-critical\" data-f=\"f1\">Garut</mark>"));
    assert!(page.contains("<mark class=\"sev-major\" data-f=\"f4\">14</mark>"));
    // Worst first: the flood article (quality 38.5) leads the summary table.
    let flood = page.find("href=\"#a0\"").unwrap();
    let stocks = page.find("href=\"#a3\"").unwrap();
    assert!(flood < stocks);
    assert!(page.contains("<th>chrF</th>"));
}

#[test]
fn splits_overlapping_spans_by_severity() {
    let marks = vec![
        ([0, 5], Severity::Minor, "f1".to_string()),
        ([3, 8], Severity::Critical, "f2".to_string()),
    ];
    assert_eq!(
        highlighted("abcdefghij", 0, &marks),
        "<mark class=\"sev-minor\" data-f=\"f1\">abc</mark><mark class=\"sev-critical\" data-f=\"f1 f2\">de</mark><mark class=\"sev-critical\" data-f=\"f2\">fgh</mark>ij"
    );
}
