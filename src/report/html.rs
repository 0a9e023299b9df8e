//! `--format html`: one self-contained page for an editor, written at the end of the run.
//!
//! A summary first (articles ranked worst first: most critical findings, then most major ones,
//! then lowest quality; counts by severity and kind,
//! reference scores when there are references, the articles below `min-quality` and by how
//! much, the records that could not be checked and the files not read), then each article with its source and
//! translation side by side, unit by unit: an omitted or added sentence shows as a gap on the
//! other side, flagged spans are highlighted on both sides by severity, and each finding's
//! message and suggestion sit beside its unit. Runs of units without findings are folded into
//! `<details>`. Checkboxes filter by severity and kind; `j`/`k` jump from finding to finding.
//! Each text block carries its own `lang` and `dir` (Arabic is right to left).
//!
//! The page loads nothing: styles and the small script are inline, and a Content Security
//! Policy forbids every network request and every script but the page's own (by nonce). All article text (and every id, message and
//! suggestion) is escaped with `html-escape`, so an article that contains `<script>` shows it
//! as text.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Write};

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::{ArticleSummary, CorpusSummary, RefScores, Reporter, RunSummary, diag};
use crate::analyse::Lang;
use crate::checks::{Kind, Severity};
use crate::error::{InputError, InputWarning};
use crate::result::{Finding, RecordResult, UnitResult};

/// Keeps every record and writes the page at the end.
pub struct Html<'w> {
    out: Box<dyn Write + 'w>,
    records: Vec<RecordResult>,
    errors: Vec<String>,
    warnings: Vec<String>,
}

impl<'w> Html<'w> {
    /// Writes to `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        Html {
            out,
            records: Vec::new(),
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

impl Reporter for Html<'_> {
    fn record(&mut self, r: &RecordResult) -> io::Result<()> {
        self.records.push(r.clone());
        Ok(())
    }

    fn input_error(&mut self, error: &InputError) -> io::Result<()> {
        diag::error(&error.to_string());
        self.errors.push(error.to_string());
        Ok(())
    }

    fn warning(&mut self, warning: &InputWarning) -> io::Result<()> {
        diag::warning(&warning.to_string());
        self.warnings.push(warning.to_string());
        Ok(())
    }

    fn finish(&mut self, _summary: &RunSummary) -> io::Result<()> {
        let page = render(&self.records, &self.errors, &self.warnings);
        self.out.write_all(page.as_bytes())?;
        self.out.flush()
    }
}

const STYLE: &str = r#"
:root{--crit:#c62828;--maj:#e65100;--min:#b38f00;--crit-bg:#ffcdd2;--maj-bg:#ffe0b2;--min-bg:#fff59d;--line:#ddd;--muted:#666}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Noto Naskh Arabic",sans-serif;color:#222;background:#fafafa}
header{position:sticky;top:0;z-index:2;background:#263238;color:#fff;padding:.5rem 1rem}
header h1{font-size:1.1rem;margin:0 1rem 0 0;display:inline}
header .totals{display:inline;color:#cfd8dc}
.controls{margin-top:.3rem;font-size:.85rem;display:flex;flex-wrap:wrap;gap:.2rem 1rem;align-items:center}
.controls fieldset{border:0;margin:0;padding:0;display:inline-flex;gap:.5rem;align-items:center}
.controls legend{float:left;margin-right:.3rem;color:#b0bec5}
.controls kbd{background:#455a64;border-radius:3px;padding:0 .3rem}
main{padding:1rem;max-width:1500px;margin:0 auto}
table{border-collapse:collapse;background:#fff;margin:.5rem 0 1rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
section.article{background:#fff;border:1px solid var(--line);border-radius:6px;margin:1.5rem 0;padding:.5rem 1rem}
section.article h2{font-size:1rem;margin:.3rem 0 .6rem;word-break:break-all}
.meta{color:var(--muted);font-weight:normal;font-size:.85rem;margin-left:.5rem}
.unit{display:grid;grid-template-columns:1fr 1fr minmax(14rem,22rem);gap:.8rem;border-top:1px solid #eee;padding:.4rem 0}
.unit .idx{grid-column:1/-1;font-size:.75rem;color:var(--muted);margin-bottom:-.6rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.gap{color:var(--muted);font-style:italic;background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0f0f0 6px,#f0f0f0 12px);border-radius:4px;padding:.2rem .4rem}
mark{border-radius:2px;padding:0 1px;color:inherit}
mark.sev-critical{background:var(--crit-bg);box-shadow:inset 0 -2px var(--crit)}
mark.sev-major{background:var(--maj-bg);box-shadow:inset 0 -2px var(--maj)}
mark.sev-minor{background:var(--min-bg);box-shadow:inset 0 -2px var(--min)}
mark.off{background:none;box-shadow:none}
mark.current{outline:2px solid #1565c0}
.finding{border-left:4px solid;padding:.2rem .5rem;margin-bottom:.5rem;font-size:.9rem;background:#fcfcfc}
.finding.sev-critical{border-color:var(--crit)}.finding.sev-major{border-color:var(--maj)}.finding.sev-minor{border-color:var(--min)}
.finding.current{background:#e3f2fd;outline:2px solid #1565c0}
.finding p{margin:.15rem 0}
.badge{font-size:.7rem;text-transform:uppercase;font-weight:bold;letter-spacing:.03em}
.sev-critical .badge{color:var(--crit)}.sev-major .badge{color:var(--maj)}.sev-minor .badge{color:var(--min)}
.rule{font-size:.8rem;cursor:help;border-bottom:1px dotted #999}
.sugg{color:#1b5e20}
details.clean>summary{cursor:pointer;color:var(--muted);font-size:.85rem;padding:.2rem 0;border-top:1px solid #eee}
.hidden{display:none!important}
.errors li{color:var(--crit)}
.gate{margin:.25rem 0 .5rem;color:var(--crit);font-weight:600}
@media (max-width:900px){.unit{grid-template-columns:1fr}}
"#;

const SCRIPT: &str = r#"
(function(){
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.controls input[data-filter]'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var current = -1;
  function checked(kind){ var on = {}; boxes.forEach(function(b){ if(b.dataset.filter===kind && b.checked){ on[b.value]=true; } }); return on; }
  function apply(){
    var sev = checked('sev'), kind = checked('kind'), visible = {};
    findings.forEach(function(f){
      var show = sev[f.dataset.sev] && kind[f.dataset.kind];
      f.classList.toggle('hidden', !show);
      if(show){ visible[f.id] = true; }
    });
    document.querySelectorAll('mark[data-f]').forEach(function(m){
      var any = m.dataset.f.split(' ').some(function(id){ return visible[id]; });
      m.classList.toggle('off', !any);
    });
    document.querySelectorAll('.unit.flagged').forEach(function(u){
      u.classList.toggle('hidden', !u.querySelector('.finding:not(.hidden)'));
    });
    document.querySelectorAll('section.article').forEach(function(a){
      var flagged = a.querySelector('.finding');
      a.classList.toggle('hidden', !!flagged && !a.querySelector('.finding:not(.hidden)'));
    });
  }
  boxes.forEach(function(b){ b.addEventListener('change', apply); });
  var expand = document.getElementById('expand');
  if(expand){ expand.addEventListener('change', function(){
    document.querySelectorAll('details.clean').forEach(function(d){ d.open = expand.checked; });
  }); }
  function go(step){
    var list = findings.filter(function(f){ return !f.classList.contains('hidden') && f.offsetParent !== null; });
    if(!list.length){ return; }
    document.querySelectorAll('.current').forEach(function(e){ e.classList.remove('current'); });
    var at = list.indexOf(findings[current]);
    at = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    var f = list[at];
    current = findings.indexOf(f);
    f.classList.add('current');
    document.querySelectorAll('mark[data-f]').forEach(function(m){
      if(m.dataset.f.split(' ').indexOf(f.id) >= 0){ m.classList.add('current'); }
    });
    f.focus({preventScroll:true});
    f.closest('.unit').scrollIntoView({block:'center'});
  }
  document.addEventListener('keydown', function(e){
    if(e.ctrlKey || e.metaKey || e.altKey){ return; }
    if(e.key === 'j'){ go(1); e.preventDefault(); }
    else if(e.key === 'k'){ go(-1); e.preventDefault(); }
  });
  apply();
  // For the browser test (tests/browser.rs): `#selftest-keys` presses j, j, k and records
  // which finding is current; `data-ready` shows the script ran to the end.
  if(location.hash === '#selftest-keys'){
    ['j','j','k'].forEach(function(k){ document.dispatchEvent(new KeyboardEvent('keydown', {key:k})); });
    var cur = document.querySelector('.finding.current');
    document.body.setAttribute('data-selftest', cur ? cur.id : 'none');
  }
  document.body.setAttribute('data-ready', '1');
})();
"#;

fn dir(lang: Lang) -> &'static str {
    if lang == Lang::Ar { "rtl" } else { "ltr" }
}

fn count(m: &BTreeMap<Severity, usize>, s: Severity) -> usize {
    m.get(&s).copied().unwrap_or(0)
}

/// `unit_text` (which starts at code point `base` of the record's text) with the spans of
/// `marks` (record code points, severity, finding id) highlighted. Overlapping spans split the
/// text; each piece takes the most serious severity covering it.
fn highlighted(unit_text: &str, base: usize, marks: &[([usize; 2], Severity, String)]) -> String {
    let chars: Vec<char> = unit_text.chars().collect();
    let n = chars.len();
    let local: Vec<(usize, usize, Severity, &str)> = marks
        .iter()
        .map(|([s, e], sev, id)| {
            (
                s.saturating_sub(base).min(n),
                e.saturating_sub(base).min(n),
                *sev,
                id.as_str(),
            )
        })
        .filter(|(s, e, _, _)| s < e)
        .collect();
    let mut cuts: BTreeSet<usize> = [0, n].into_iter().collect();
    for (s, e, _, _) in &local {
        cuts.insert(*s);
        cuts.insert(*e);
    }
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let mut out = String::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let piece: String = chars[a..b].iter().collect();
        let covering: Vec<&(usize, usize, Severity, &str)> = local
            .iter()
            .filter(|(s, e, _, _)| *s <= a && b <= *e)
            .collect();
        match covering.iter().map(|c| c.2).max() {
            None => out.push_str(&text(&piece)),
            Some(sev) => {
                let ids: Vec<&str> = covering.iter().map(|c| c.3).collect();
                let _ = write!(
                    out,
                    "<mark class=\"sev-{}\" data-f=\"{}\">{}</mark>",
                    sev,
                    attr(&ids.join(" ")),
                    text(&piece)
                );
            }
        }
    }
    out
}

fn side(
    out: &mut String,
    class: &str,
    lang: Lang,
    range: Option<[usize; 2]>,
    unit_text: &str,
    marks: &[([usize; 2], Severity, String)],
    gap: &str,
) {
    match range {
        Some([base, _]) => {
            let _ = write!(
                out,
                "<div class=\"{class} text\" lang=\"{}\" dir=\"{}\">{}</div>",
                lang.code(),
                dir(lang),
                highlighted(unit_text, base, marks)
            );
        }
        None => {
            let _ = write!(out, "<div class=\"{class} gap\">{gap}</div>");
        }
    }
}

fn finding(out: &mut String, f: &Finding, id: &str) {
    let help = format!("{}\n\n{}", f.rule.summary, f.rule.explain);
    let _ = write!(
        out,
        "<div class=\"finding sev-{sev}\" id=\"{id}\" data-sev=\"{sev}\" data-kind=\"{kind}\" tabindex=\"-1\">\
<span class=\"badge\">{sev}</span> <span class=\"rule\" title=\"{help}\">{rule}</span>\
<p class=\"msg\">{msg}</p>",
        sev = f.severity,
        kind = f.rule.kind,
        help = attr(&help),
        rule = text(f.rule.id),
        msg = text(&f.message),
    );
    if let Some(s) = &f.suggestion {
        let _ = write!(out, "<p class=\"sugg\">Suggestion: {}</p>", text(s));
    }
    out.push_str("</div>");
}

fn unit(out: &mut String, r: &RecordResult, u: &UnitResult, article: usize, next_id: &mut usize) {
    let mut ids = Vec::new();
    let (mut src_marks, mut hyp_marks) = (Vec::new(), Vec::new());
    for f in &u.findings {
        *next_id += 1;
        let id = format!("f{next_id}");
        if let Some(s) = f.src_span {
            src_marks.push((s, f.severity, id.clone()));
        }
        if let Some(s) = f.hyp_span {
            hyp_marks.push((s, f.severity, id.clone()));
        }
        ids.push(id);
    }
    let flagged = if u.findings.is_empty() {
        ""
    } else {
        " flagged"
    };
    let _ = write!(
        out,
        "<div class=\"unit{flagged}\" id=\"a{article}-u{}\"><div class=\"idx\">unit {}</div>",
        u.number(),
        u.number()
    );
    side(
        out,
        "src",
        r.src_lang,
        u.src_range,
        &u.src,
        &src_marks,
        "not in the source (added in the translation)",
    );
    side(
        out,
        "hyp",
        r.tgt_lang,
        u.hyp_range,
        &u.hyp,
        &hyp_marks,
        "missing from the translation",
    );
    out.push_str("<div class=\"notes\">");
    for (f, id) in u.findings.iter().zip(&ids) {
        finding(out, f, id);
    }
    out.push_str("</div></div>\n");
}

fn article(out: &mut String, r: &RecordResult, a: &ArticleSummary, n: usize, next_id: &mut usize) {
    let refs = a
        .reference
        .as_ref()
        .map(|r| {
            r.items()
                .iter()
                .map(|(k, v)| format!(" · {k} {v:.1}"))
                .collect::<String>()
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<section class=\"article\" id=\"a{n}\"><h2>{}<span class=\"meta\">{} → {} · quality {:.1} · {} finding{} · {:.1} MQM points per 1,000 words{}</span></h2>",
        text(&a.id),
        a.src_lang,
        a.tgt_lang,
        a.quality,
        a.findings,
        if a.findings == 1 { "" } else { "s" },
        a.penalty_per_1000_words,
        text(&refs)
    );
    if let Some(b) = &a.below_min_quality {
        let _ = writeln!(
            out,
            "<p class=\"gate\">Fails the gate: {} ([thresholds] in mtcheck.toml).</p>",
            text(&b.describe())
        );
    }
    let mut clean: Vec<&UnitResult> = Vec::new();
    let flush = |out: &mut String, clean: &mut Vec<&UnitResult>, next_id: &mut usize| {
        if clean.is_empty() {
            return;
        }
        let _ = writeln!(
            out,
            "<details class=\"clean\"><summary>{} unit{} without findings</summary>",
            clean.len(),
            if clean.len() == 1 { "" } else { "s" }
        );
        for u in clean.drain(..) {
            unit(out, r, u, n, next_id);
        }
        out.push_str("</details>\n");
    };
    for u in &r.units {
        if u.findings.is_empty() {
            clean.push(u);
        } else {
            flush(out, &mut clean, next_id);
            unit(out, r, u, n, next_id);
        }
    }
    flush(out, &mut clean, next_id);
    out.push_str("</section>\n");
}

/// Articles listed in the summary before the rest are folded.
const SHOWN: usize = 50;

fn summary(out: &mut String, articles: &[ArticleSummary], errors: &[String], warnings: &[String]) {
    let c = CorpusSummary::new(articles, errors.len());
    let metrics: Vec<&'static str> = {
        let mut names: Vec<&'static str> = Vec::new();
        for a in articles {
            for (k, _) in a
                .reference
                .as_ref()
                .map(RefScores::items)
                .unwrap_or_default()
            {
                if !names.contains(&k) {
                    names.push(k);
                }
            }
        }
        names
    };
    let mut head = String::from(
        "<table><thead><tr><th>Article</th><th>Languages</th><th>Quality</th><th>MQM / 1k words</th><th>Critical</th><th>Major</th><th>Minor</th>",
    );
    for m in &metrics {
        let _ = write!(head, "<th>{m}</th>");
    }
    head.push_str("</tr></thead><tbody>\n");
    out.push_str("<section id=\"summary\"><h2>Articles, worst first</h2>\n");
    out.push_str(&head);
    let ranked: Vec<(usize, &ArticleSummary)> = super::ranking(articles)
        .into_iter()
        .map(|i| (i, &articles[i]))
        .collect();
    let total = ranked.len();
    for (row, (i, a)) in ranked.into_iter().enumerate() {
        // A large corpus: the worst `SHOWN` first, the rest folded.
        if row == SHOWN {
            let _ = write!(
                out,
                "</tbody></table>\n<details><summary>{} more articles</summary>{head}",
                total - SHOWN
            );
        }
        let _ = write!(
            out,
            "<tr><td><a href=\"#a{i}\">{}</a></td><td>{} → {}</td><td class=\"n\">{:.1}</td><td class=\"n\">{:.1}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            text(&a.id),
            a.src_lang,
            a.tgt_lang,
            a.quality,
            a.penalty_per_1000_words,
            count(&a.by_severity, Severity::Critical),
            count(&a.by_severity, Severity::Major),
            count(&a.by_severity, Severity::Minor),
        );
        let items = a
            .reference
            .as_ref()
            .map(RefScores::items)
            .unwrap_or_default();
        for m in &metrics {
            match items.iter().find(|(k, _)| k == m) {
                Some((_, v)) => {
                    let _ = write!(out, "<td class=\"n\">{v:.1}</td>");
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
    if total > SHOWN {
        out.push_str("</details>\n");
    }
    if !c.by_kind.is_empty() {
        out.push_str("<h3>Findings by kind</h3><table><tbody>");
        for (k, n) in &c.by_kind {
            let _ = write!(out, "<tr><td>{k}</td><td class=\"n\">{n}</td></tr>");
        }
        out.push_str("</tbody></table>\n");
    }
    if articles.iter().any(|a| a.below_min_quality.is_some()) {
        out.push_str(
            "<h3>Articles below min-quality (each fails the gate)</h3><ul class=\"errors\">",
        );
        for (i, a) in articles.iter().enumerate() {
            if let Some(b) = &a.below_min_quality {
                let _ = write!(
                    out,
                    "<li><a href=\"#a{i}\">{}</a>: {}</li>",
                    text(&a.id),
                    text(&b.describe())
                );
            }
        }
        out.push_str("</ul>\n");
    }
    if !errors.is_empty() {
        out.push_str("<h3>Records that could not be checked</h3><ul class=\"errors\">");
        for e in errors {
            let _ = write!(out, "<li>{}</li>", text(e));
        }
        out.push_str("</ul>\n");
    }
    if !warnings.is_empty() {
        out.push_str("<h3>Files not checked</h3><ul class=\"warnings\">");
        for w in warnings {
            let _ = write!(out, "<li>{}</li>", text(w));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The whole page.
pub fn render(records: &[RecordResult], errors: &[String], warnings: &[String]) -> String {
    let articles: Vec<ArticleSummary> = records.iter().map(ArticleSummary::new).collect();
    let c = CorpusSummary::new(&articles, errors.len());
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<header><h1>mtcheck report</h1>");
    let refs = c
        .reference
        .as_ref()
        .map(|r| {
            r.items()
                .iter()
                .map(|(k, v)| format!(" · mean {k} {v:.1}"))
                .collect::<String>()
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<p class=\"totals\">{} article{} · {} finding{}: {} critical, {} major, {} minor · quality {:.1} · {:.1} MQM points per 1,000 words{}</p>",
        c.articles,
        if c.articles == 1 { "" } else { "s" },
        c.findings,
        if c.findings == 1 { "" } else { "s" },
        count(&c.by_severity, Severity::Critical),
        count(&c.by_severity, Severity::Major),
        count(&c.by_severity, Severity::Minor),
        c.quality,
        c.penalty_per_1000_words,
        text(&refs)
    );
    if c.below_min_quality > 0 {
        let _ = writeln!(
            out,
            "<p class=\"totals\">{} article{} below min-quality: the run fails the gate</p>",
            c.below_min_quality,
            if c.below_min_quality == 1 { "" } else { "s" },
        );
    }
    out.push_str("<div class=\"controls\"><fieldset><legend>Severity</legend>");
    for s in [Severity::Critical, Severity::Major, Severity::Minor] {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" data-filter=\"sev\" value=\"{s}\" checked> {s} ({})</label>",
            count(&c.by_severity, s)
        );
    }
    out.push_str("</fieldset><fieldset><legend>Kind</legend>");
    for k in Kind::ALL {
        if let Some(n) = c.by_kind.get(&k) {
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" data-filter=\"kind\" value=\"{k}\" checked> {k} ({n})</label>"
            );
        }
    }
    out.push_str("</fieldset><label><input type=\"checkbox\" id=\"expand\"> show units without findings</label><span><kbd>j</kbd> / <kbd>k</kbd> next / previous finding</span></div>\n</header>\n<main>\n");
    summary(&mut out, &articles, errors, warnings);
    let mut next_id = 0;
    for (i, (r, a)) in records.iter().zip(&articles).enumerate() {
        article(&mut out, r, a, i, &mut next_id);
    }
    out.push_str("</main>\n");
    // Only the script carrying this nonce may run: were escaping ever to fail, an injected
    // `<script>` or `onerror=` would still be inert. Derived from the page, so the same input
    // gives the same bytes.
    let nonce = nonce(&out);
    let mut page = String::with_capacity(out.len() + STYLE.len() + SCRIPT.len() + 512);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'\">\n<title>mtcheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{out}<script nonce=\"{nonce}\">{SCRIPT}</script>\n</body>\n</html>\n"
    );
    page
}

/// A nonce for the page's script: FNV-1a over the page body, twice with different seeds.
fn nonce(body: &str) -> String {
    let hash = |seed: u64| {
        body.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    format!(
        "{:016x}{:016x}",
        hash(0xcbf2_9ce4_8422_2325),
        hash(0x6c62_272e_07bb_0142)
    )
}

#[cfg(test)]
mod tests;
