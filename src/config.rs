//! `mtcheck.toml`: found in the current folder or above (or given with `--config`), parsed with
//! unknown keys rejected by name, and merged: defaults <- file <- flags.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::analyse::Lang;
use crate::checks::Severity;
use crate::checks::registry::{self, RuleSet, RuleSetting};
use crate::error::ConfigError;
use crate::pipeline::Settings;

/// The file name looked for.
pub const FILE_NAME: &str = "mtcheck.toml";

/// The contents of a config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    pub src_lang: Option<String>,
    pub tgt_lang: Option<String>,
    pub fail_on: Option<String>,
    #[serde(default)]
    pub rules: BTreeMap<String, String>,
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

impl Config {
    /// Loads `explicit`, or the first `mtcheck.toml` in the current folder or above, or nothing.
    pub fn discover(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        if let Some(p) = explicit {
            return Config::load(p);
        }
        let Ok(mut dir) = std::env::current_dir() else {
            return Ok(Config::default());
        };
        loop {
            let candidate = dir.join(FILE_NAME);
            if candidate.is_file() {
                return Config::load(&candidate);
            }
            if !dir.pop() {
                return Ok(Config::default());
            }
        }
    }

    /// Parses one file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            line: None,
            message: format!("cannot be read: {e}"),
        })?;
        let mut config: Config = toml::from_str(&text).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            line: e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
            message: e.message().to_string(),
        })?;
        config.path = Some(path.to_path_buf());
        Ok(config)
    }

    fn err(&self, message: String) -> ConfigError {
        ConfigError {
            path: self
                .path
                .clone()
                .unwrap_or_else(|| PathBuf::from(FILE_NAME)),
            line: None,
            message,
        }
    }

    /// Applies this file over `settings`.
    pub fn apply(&self, mut settings: Settings) -> Result<Settings, ConfigError> {
        let lang = |key: &str, v: &Option<String>| -> Result<Option<Lang>, ConfigError> {
            v.as_deref()
                .map(|c| {
                    Lang::from_code(c).ok_or_else(|| {
                        self.err(format!(
                            "{key} = \"{c}\": unsupported language (use one of id, en, fr, zh, ja, ar)"
                        ))
                    })
                })
                .transpose()
        };
        if let Some(l) = lang("src-lang", &self.src_lang)? {
            settings.src_lang = Some(l);
        }
        if let Some(l) = lang("tgt-lang", &self.tgt_lang)? {
            settings.tgt_lang = Some(l);
        }
        if let Some(f) = &self.fail_on {
            settings.fail_on = Severity::from_name(f).ok_or_else(|| {
                self.err(format!(
                    "fail-on = \"{f}\": use \"minor\", \"major\" or \"critical\""
                ))
            })?;
        }
        let mut rule_settings = Vec::new();
        for (id, v) in &self.rules {
            let s = match v.as_str() {
                "off" => RuleSetting::Off,
                other => RuleSetting::Severity(Severity::from_name(other).ok_or_else(|| {
                    self.err(format!(
                        "[rules] \"{id}\" = \"{other}\": use \"off\", \"minor\", \"major\" or \"critical\""
                    ))
                })?),
            };
            rule_settings.push((id.as_str(), s));
        }
        settings.rules = RuleSet::with_settings(rule_settings).map_err(|id| {
            let hint = registry::suggest_id(&id)
                .map(|s| format!("did you mean \"{s}\"? "))
                .unwrap_or_default();
            self.err(format!(
                "unknown rule \"{id}\" in [rules] ({hint}see mtcheck rules)"
            ))
        })?;
        Ok(settings)
    }
}
