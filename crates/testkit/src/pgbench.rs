//! pgbench, the baseline of the benches: the machine's PostgreSQL client driving a shard with
//! SQL scripts, for comparison with what Cadre does on the same machine in the same run.

use anyhow::Context;

/// Where and how hard pgbench drives.
#[derive(Debug, Clone)]
pub struct Pgbench<'a> {
    /// The cluster's port on 127.0.0.1.
    pub port: u16,
    /// The database.
    pub db: &'a str,
    /// The role it connects as.
    pub user: &'a str,
    /// Concurrent clients.
    pub clients: usize,
    /// How long it runs.
    pub secs: u64,
}

impl Pgbench<'_> {
    /// Runs the scripts, equally weighted, with prepared statements; returns transactions per
    /// second.
    pub fn run(&self, scripts: &[String]) -> anyhow::Result<f64> {
        let dir = tempfile::tempdir()?;
        let mut args: Vec<String> = ["-h", "127.0.0.1", "-n", "-M", "prepared", "-j", "2"]
            .map(String::from)
            .to_vec();
        args.extend([
            "-p".into(),
            self.port.to_string(),
            "-U".into(),
            self.user.into(),
        ]);
        args.extend(["-c".into(), self.clients.to_string()]);
        args.extend(["-T".into(), self.secs.to_string()]);
        for (i, script) in scripts.iter().enumerate() {
            let path = dir.path().join(format!("q{i}.sql"));
            std::fs::write(&path, script)?;
            args.push("-f".into());
            args.push(format!("{}@1", path.display()));
        }
        args.push(self.db.into());
        let bin = cadre_pgcluster::PgBinaries::locate()?.tool("pgbench");
        let out = std::process::Command::new(&bin)
            .args(&args)
            .output()
            .with_context(|| format!("running {}", bin.display()))?;
        let text = String::from_utf8_lossy(&out.stdout);
        anyhow::ensure!(
            out.status.success(),
            "pgbench failed: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        text.lines()
            .find(|l| l.starts_with("tps = "))
            .and_then(|l| l.trim_start_matches("tps = ").split_whitespace().next())
            .and_then(|v| v.parse::<f64>().ok())
            .with_context(|| format!("no tps in pgbench output:\n{text}"))
    }
}
