//! One cluster in its own data directory: `initdb`, start and stop with `pg_ctl`, streaming
//! standbys from `pg_basebackup`, timelines, SIGKILL for chaos tests; run as the `postgres`
//! user when we are root.

use std::fs;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use nix::unistd::{Gid, Uid, User};

use crate::{Error, PgBinaries};

/// How much a cluster trades durability for speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// fsync on: the local deployment keeps what it acknowledged across a crash.
    Durable,
    /// fsync off: throw-away test clusters, several times faster to create databases in.
    Ephemeral,
}

/// One PostgreSQL cluster (one `postgres` server) in its own data directory.
#[derive(Debug)]
pub struct Cluster {
    bins: PgBinaries,
    data_dir: PathBuf,
    port: u16,
    owner: Option<(Uid, Gid)>,
}

/// The database superuser every local cluster is created with.
pub const SUPERUSER: &str = "cadre";

impl Cluster {
    /// Opens the cluster in `data_dir`, creating it first (`initdb`, or a copy of `template`,
    /// an already initialised data directory, which is much faster) when it does not exist.
    pub fn open_or_init(
        bins: &PgBinaries,
        data_dir: &Path,
        template: Option<&Path>,
    ) -> Result<Self, Error> {
        let owner = unprivileged_owner()?;
        let cluster = Self {
            bins: bins.clone(),
            data_dir: data_dir.to_owned(),
            port: 0,
            owner,
        };
        if data_dir.join("PG_VERSION").is_file() {
            return Ok(cluster);
        }
        let parent = data_dir.parent().unwrap_or(Path::new("/"));
        fs::create_dir_all(parent).map_err(Error::io(format!("creating {}", parent.display())))?;
        cluster.give_to_owner(parent)?;
        match template {
            Some(template) => {
                let out = cluster.run(Command::new("cp").arg("-a").arg(template).arg(data_dir))?;
                check("cp -a (template data directory)", data_dir, out)?;
            }
            None => {
                let mut cmd = Command::new(bins.tool("initdb"));
                cmd.arg("-D").arg(data_dir).args([
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-instructions",
                    "--no-sync",
                ]);
                let out = cluster.run(&mut cmd)?;
                check("initdb", data_dir, out)?;
                let conf = data_dir.join("postgresql.conf");
                let mut text =
                    fs::read_to_string(&conf).map_err(Error::io("reading postgresql.conf"))?;
                text.push_str("\n# Settings written by cadre on every start.\ninclude_if_exists = 'cadre.conf'\n");
                fs::write(&conf, text).map_err(Error::io("writing postgresql.conf"))?;
            }
        }
        Ok(cluster)
    }

    /// Starts the server on `127.0.0.1:port` (stopping a leftover server of the same data
    /// directory first) and waits until it accepts connections.
    pub fn start(
        &mut self,
        port: u16,
        durability: Durability,
        extra: &[(&str, String)],
    ) -> Result<(), Error> {
        if self.is_running() {
            self.stop()?;
        }
        let mut settings = vec![
            ("listen_addresses", "'127.0.0.1'".to_owned()),
            ("port", port.to_string()),
            ("unix_socket_directories", "''".to_owned()),
            ("max_connections", "200".to_owned()),
            ("shared_buffers", "64MB".to_owned()),
            ("logging_collector", "off".to_owned()),
        ];
        if durability == Durability::Ephemeral {
            settings.push(("fsync", "off".to_owned()));
            settings.push(("synchronous_commit", "off".to_owned()));
            settings.push(("full_page_writes", "off".to_owned()));
        }
        settings.extend(extra.iter().map(|(k, v)| (*k, v.clone())));
        let conf: String = settings
            .iter()
            .map(|(k, v)| format!("{k} = {v}\n"))
            .collect();
        let conf_path = self.data_dir.join("cadre.conf");
        fs::write(&conf_path, conf).map_err(Error::io("writing cadre.conf"))?;
        self.give_to_owner(&conf_path)?;

        let log = self.log_path();
        let mut cmd = Command::new(self.bins.tool("pg_ctl"));
        cmd.arg("-D")
            .arg(&self.data_dir)
            .arg("-l")
            .arg(&log)
            .args(["-w", "-t", "60", "start"]);
        // Own process group: a Ctrl-C in the terminal reaches us, and we stop the servers in order.
        cmd.process_group(0);
        let out = self.run(&mut cmd)?;
        if let Err(Error::Tool {
            tool,
            data_dir,
            output,
        }) = check("pg_ctl start", &self.data_dir, out)
        {
            let tail = fs::read_to_string(&log).unwrap_or_default();
            let tail: Vec<&str> = tail.lines().rev().take(15).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Err(Error::Tool {
                tool,
                data_dir,
                output: format!("{output}\nserver log:\n{}", tail.join("\n")),
            });
        }
        self.port = port;
        Ok(())
    }

    /// Creates a streaming standby of the running `primary` in `data_dir` unless one exists:
    /// a `pg_basebackup` copy plus `standby.signal`. The replication slot `slot` is created on
    /// the primary (a leftover of an earlier standby is dropped first), so the primary keeps
    /// every WAL segment the standby has not received. Where it replicates from is not stored
    /// in the copy but passed at each start (`standby_settings`): local ports change.
    pub fn standby_of(primary: &Cluster, data_dir: &Path, slot: &str) -> Result<Self, Error> {
        let cluster = Self {
            bins: primary.bins.clone(),
            data_dir: data_dir.to_owned(),
            port: 0,
            owner: primary.owner,
        };
        if data_dir.join("PG_VERSION").is_file() {
            return Ok(cluster);
        }
        let port = primary.port.to_string();
        let conn = ["-h", "127.0.0.1", "-p", port.as_str(), "-U", SUPERUSER];
        // No slot yet is the normal case; the error is ignored on purpose.
        let mut drop_slot = Command::new(primary.bins.tool("pg_receivewal"));
        drop_slot.args(conn).args(["--drop-slot", "-S", slot]);
        let _ = cluster.run(&mut drop_slot)?;
        let mut backup = Command::new(primary.bins.tool("pg_basebackup"));
        backup.args(conn).arg("-D").arg(data_dir).args([
            "-X",
            "stream",
            "-C",
            "-S",
            slot,
            "--checkpoint=fast",
            "--no-sync",
        ]);
        let out = cluster.run(&mut backup)?;
        check("pg_basebackup", data_dir, out)?;
        let signal = data_dir.join("standby.signal");
        fs::write(&signal, "").map_err(Error::io("writing standby.signal"))?;
        cluster.give_to_owner(&signal)?;
        Ok(cluster)
    }

    /// Settings that make a standby stream from the primary on `primary_port` through `slot`.
    pub fn standby_settings(primary_port: u16, slot: &str) -> Vec<(&'static str, String)> {
        vec![
            (
                "primary_conninfo",
                format!(
                    "'host=127.0.0.1 port={primary_port} user={SUPERUSER} application_name={slot}'"
                ),
            ),
            ("primary_slot_name", format!("'{slot}'")),
            // A promoted standby has no standby of its own: it must not wait for one.
            ("synchronous_standby_names", "''".to_owned()),
        ]
    }

    /// Whether this data directory is a standby (it has `standby.signal`).
    pub fn is_standby(&self) -> bool {
        self.data_dir.join("standby.signal").is_file()
    }

    /// The timeline of the last checkpoint (`pg_controldata`): a promotion starts a new one,
    /// so of two former copies the one on the higher timeline is the newer primary.
    pub fn timeline(&self) -> Result<u32, Error> {
        let mut cmd = Command::new(self.bins.tool("pg_controldata"));
        cmd.arg("-D").arg(&self.data_dir);
        let out = self.run(&mut cmd)?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        check("pg_controldata", &self.data_dir, out)?;
        text.lines()
            .find_map(|l| l.strip_prefix("Latest checkpoint's TimeLineID:"))
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| Error::Tool {
                tool: "pg_controldata".into(),
                data_dir: self.data_dir.display().to_string(),
                output: "no TimeLineID in its output".into(),
            })
    }

    /// Deletes the data directory (the server must be stopped): the way a fenced former
    /// primary is turned back into a standby is a fresh copy, never a reuse of its files.
    pub fn remove(self) -> Result<(), Error> {
        if self.is_running() {
            self.stop()?;
        }
        let out = self.run(Command::new("rm").arg("-rf").arg(&self.data_dir))?;
        check("rm -rf", &self.data_dir, out)
    }

    /// Kills the server with SIGKILL, as a machine failure would: the postmaster and every
    /// backend at once (its whole process group; `start` gives each server its own).
    pub fn kill(&self) -> Result<(), Error> {
        use nix::sys::signal::{Signal, killpg};
        use nix::unistd::{Pid, getpgid};
        let pid = self.postmaster_pid().ok_or_else(|| Error::Tool {
            tool: "kill".into(),
            data_dir: self.data_dir.display().to_string(),
            output: "no postmaster.pid: the server is not running".into(),
        })?;
        let io = |e: nix::errno::Errno| Error::Io {
            context: format!("killing the server of postmaster {pid}"),
            source: std::io::Error::from(e),
        };
        let group = getpgid(Some(Pid::from_raw(pid))).map_err(io)?;
        killpg(group, Signal::SIGKILL).map_err(io)
    }

    /// Stops the server (fast shutdown: rolls back open transactions, then a clean checkpoint).
    pub fn stop(&self) -> Result<(), Error> {
        let mut cmd = Command::new(self.bins.tool("pg_ctl"));
        cmd.arg("-D")
            .arg(&self.data_dir)
            .args(["-m", "fast", "-w", "stop"]);
        let out = self.run(&mut cmd)?;
        check("pg_ctl stop", &self.data_dir, out)
    }

    /// Whether a server is running for this data directory.
    pub fn is_running(&self) -> bool {
        let mut cmd = Command::new(self.bins.tool("pg_ctl"));
        cmd.arg("-D").arg(&self.data_dir).arg("status");
        matches!(self.run(&mut cmd), Ok(out) if out.status.success())
    }

    /// The port it listens on (0 before `start`).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Connection URL for `user` on database `db`.
    pub fn url(&self, user: &str, db: &str) -> String {
        format!("postgres://{user}@127.0.0.1:{}/{db}", self.port)
    }

    /// Endpoint URL without credentials, as the region configuration names it.
    pub fn endpoint(&self, db: &str) -> String {
        format!("postgres://127.0.0.1:{}/{db}", self.port)
    }

    /// The server log file, beside the data directory.
    pub fn log_path(&self) -> PathBuf {
        self.data_dir.with_extension("log")
    }

    /// The postmaster's process id while it runs.
    pub fn postmaster_pid(&self) -> Option<i32> {
        let text = fs::read_to_string(self.data_dir.join("postmaster.pid")).ok()?;
        text.lines().next()?.trim().parse().ok()
    }

    fn run(&self, cmd: &mut Command) -> Result<Output, Error> {
        if let Some((uid, gid)) = self.owner {
            cmd.uid(uid.as_raw()).gid(gid.as_raw());
        }
        let name = cmd.get_program().to_string_lossy().into_owned();
        cmd.output().map_err(Error::io(format!("running {name}")))
    }

    fn give_to_owner(&self, path: &Path) -> Result<(), Error> {
        if let Some((uid, gid)) = self.owner {
            std::os::unix::fs::chown(path, Some(uid.as_raw()), Some(gid.as_raw()))
                .map_err(Error::io(format!("chown {}", path.display())))?;
        }
        Ok(())
    }
}

/// PostgreSQL refuses to run as root; as root we run it as the `postgres` system user.
fn unprivileged_owner() -> Result<Option<(Uid, Gid)>, Error> {
    if !Uid::effective().is_root() {
        return Ok(None);
    }
    match User::from_name("postgres") {
        Ok(Some(u)) => Ok(Some((u.uid, u.gid))),
        _ => Err(Error::NoUnprivilegedUser),
    }
}

fn check(tool: &str, data_dir: &Path, out: Output) -> Result<(), Error> {
    if out.status.success() {
        return Ok(());
    }
    Err(Error::Tool {
        tool: tool.to_owned(),
        data_dir: data_dir.display().to_string(),
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .trim()
        .to_owned(),
    })
}

/// A loopback TCP port that was free a moment ago.
pub fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Makes a directory the unprivileged owner can write in (a no-op unless running as root).
pub fn prepare_root(dir: &Path) -> Result<(), Error> {
    fs::create_dir_all(dir).map_err(Error::io(format!("creating {}", dir.display())))?;
    if let Some((uid, gid)) = unprivileged_owner()? {
        // The server runs as `postgres`, which must be able to walk down to its data.
        let dir = dir
            .canonicalize()
            .map_err(Error::io(format!("resolving {}", dir.display())))?;
        for ancestor in dir.ancestors().skip(1) {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(ancestor)
                .map_err(Error::io(format!("reading {}", ancestor.display())))?
                .permissions()
                .mode();
            if mode & 0o001 == 0 {
                return Err(Error::Tool {
                    tool: "data directory check".into(),
                    data_dir: dir.display().to_string(),
                    output: format!(
                        "running as root, PostgreSQL runs as the `postgres` user, which cannot enter {} (mode {:o}); \
                         choose a data directory it can reach, e.g. --data-dir /var/tmp/cadre",
                        ancestor.display(),
                        mode & 0o777
                    ),
                });
            }
        }
        std::os::unix::fs::chown(&dir, Some(uid.as_raw()), Some(gid.as_raw()))
            .map_err(Error::io(format!("chown {}", dir.display())))?;
    }
    Ok(())
}
