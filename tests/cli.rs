//! The command line as users call it, case by case (typos tests its CLI the same way):
//! `tests/cmd/<case>.toml` holds the arguments, standard input, expected standard output and
//! error (with `...` and `[..]` where the output depends on checks still being improved) and
//! the exit code; `<case>.in/` is the folder it runs in, `<case>.out/` the files it must leave.
//!
//! After an intended change of output: `TRYCMD=overwrite cargo test --test cli`, then restore
//! the `...`/`[..]` wildcards the overwrite dropped and read the diff before committing.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin(
            "mtcheck",
            trycmd::schema::Bin::Path(env!("CARGO_BIN_EXE_mtcheck").into()),
        )
        .case("tests/cmd/*.toml");
}
