//! The reaper: a shell process that outlives its parent and removes the clusters under a
//! root folder once the parent is gone, however it ended.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::Error;

/// A watchdog process that outlives its parent: once the parent is gone (finished, panicked or
/// killed) it stops every cluster under a root folder and deletes the folder.
///
/// Statics are never dropped in Rust, so test binaries cannot clean up their shared clusters
/// from a destructor; a separate process is the one thing that still runs after a SIGKILL.
#[derive(Debug)]
pub struct Reaper;

const SCRIPT: &str = r#"
parent=$1; root=$2
while kill -0 "$parent" 2>/dev/null; do sleep 0.5; done
for pidfile in "$root"/*/postmaster.pid; do
  [ -f "$pidfile" ] && kill -QUIT "$(head -n 1 "$pidfile")" 2>/dev/null
done
for i in 1 2 3 4 5 6 7 8 9 10; do
  ls "$root"/*/postmaster.pid >/dev/null 2>&1 || break
  sleep 0.5
done
rm -rf "$root"
"#;

impl Reaper {
    /// Watches the current process; cleans `root` when it exits.
    pub fn watch(root: &Path) -> Result<(), Error> {
        Command::new("sh")
            .arg("-c")
            .arg(SCRIPT)
            .arg("cadre-reaper")
            .arg(std::process::id().to_string())
            .arg(root)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group, so the Ctrl-C that kills the tests does not kill it too.
            .process_group(0)
            .spawn()
            .map_err(Error::io("spawning the cluster reaper"))?;
        Ok(())
    }
}
