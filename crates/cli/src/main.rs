//! `cadre`: run the local deployment, serve the gateway, migrate databases, check packs.
//! This file holds the command line (clap) and the dispatch; each subcommand runs in its
//! module of the `cadre_cli` library.

use std::path::PathBuf;
use std::process::ExitCode;

use cadre_cli::dev::DevOptions;
use cadre_cli::lang::say;
use cadre_cli::packs;
use cadre_i18n::msg;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

// The gateway allocates a few dozen small objects per request; mimalloc serves them from
// per-thread pages with less contention than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "cadre",
    version,
    about = "Cadre: a multi-tenant, multi-region HR platform"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the whole platform on this machine: PostgreSQL clusters for five regions in four
    /// sovereignty zones, an S3 server, the gateway and a demo tenant.
    Dev {
        /// Where clusters, objects and secrets live (reused by the next start).
        #[arg(long, default_value = ".cadre", env = "CADRE_DATA_DIR")]
        data_dir: PathBuf,
        /// Gateway address.
        #[arg(long, default_value = "127.0.0.1:8080", env = "CADRE_LISTEN")]
        listen: std::net::SocketAddr,
        /// Region configuration (default: the embedded five-region file).
        #[arg(long)]
        regions: Option<PathBuf>,
        /// Do not create the demo tenant.
        #[arg(long)]
        no_seed: bool,
    },
    /// Serve the gateway against existing databases (see `infra/` for production).
    Serve {
        /// Configuration file.
        #[arg(long, default_value = "cadre.toml", env = "CADRE_CONFIG")]
        config: PathBuf,
    },
    /// Run the runners: operations (probes, failover within the zone, fencing, incidents,
    /// health reports; several may run, one leads at a time) and the durable jobs of one
    /// region's shards (`--region`; run one per region so each job's work stays in its zone).
    Jobs {
        /// Configuration file (the same one `serve` reads; see its `[jobs]` section).
        #[arg(long, default_value = "cadre.toml", env = "CADRE_CONFIG")]
        config: PathBuf,
        /// Run the durable jobs of this region's shards only (every region when left out):
        /// one `cadre jobs` per region keeps each job's work in its data's zone.
        #[arg(long, env = "CADRE_REGION")]
        region: Option<String>,
    },
    /// Planned switchover for maintenance: fence a shard's primary, wait until its standby
    /// has everything, promote the standby into a new epoch. No acknowledged write is lost.
    Switchover {
        /// Configuration file.
        #[arg(long, default_value = "cadre.toml", env = "CADRE_CONFIG")]
        config: PathBuf,
        /// The shard to switch over.
        #[arg(long)]
        shard: u16,
    },
    /// Apply migrations to the directory and every shard primary, and sync the shard map.
    Migrate {
        /// Configuration file (the same one `serve` reads).
        #[arg(long, default_value = "cadre.toml", env = "CADRE_CONFIG")]
        config: PathBuf,
        /// Database role that owns the schema (may create tables and roles).
        #[arg(long, default_value = "postgres", env = "CADRE_MIGRATION_USER")]
        user: String,
    },
    /// Jurisdiction compliance packs: check them, show a country's rules, list holidays.
    Packs {
        #[command(subcommand)]
        command: PacksCommand,
    },
    /// Translations: check every language against English.
    Locales {
        #[command(subcommand)]
        command: LocalesCommand,
    },
}

#[derive(Debug, Subcommand)]
enum LocalesCommand {
    /// Check syntax, the message set, variables and plural forms; exits non-zero on any
    /// problem, naming file and line.
    Lint {
        /// A `locales/` folder to check (default: ./locales if present, else the translations
        /// built into this binary).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum PacksCommand {
    /// Check every pack and holiday file; exits non-zero on any problem.
    Lint {
        /// A `jurisdictions/` folder to check (default: ./jurisdictions if present, else the
        /// packs built into this binary).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// The facts in force in a jurisdiction on a date, with their sources.
    Show {
        /// ISO 3166-1 alpha-2 code, or a subdivision such as US-CA.
        code: String,
        /// Evaluation date (default: today, UTC).
        #[arg(long)]
        on: Option<chrono::NaiveDate>,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Public holidays of a jurisdiction in one year.
    Holidays {
        code: String,
        year: i32,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

fn init_logs() {
    let filter = EnvFilter::try_from_env("CADRE_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("CADRE_LOG_FORMAT").as_deref() == Ok("json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    init_logs();
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", say(&msg!("cli-error", error = format!("{e:#}"))));
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Dev {
            data_dir,
            listen,
            regions,
            no_seed,
        } => {
            cadre_cli::dev::run(DevOptions {
                data_dir,
                listen,
                regions,
                seed: !no_seed,
            })
            .await
        }
        Command::Serve { config } => cadre_cli::serve::run(&config).await,
        Command::Jobs { config, region } => cadre_cli::jobs::run(&config, region.as_deref()).await,
        Command::Switchover { config, shard } => cadre_cli::switchover::run(&config, shard).await,
        Command::Migrate { config, user } => cadre_cli::migrate::run(&config, &user).await,
        Command::Packs { command } => match command {
            PacksCommand::Lint { dir } => packs::run_lint(dir),
            PacksCommand::Show {
                code,
                on,
                json,
                dir,
            } => packs::run_show(dir, &code, on, json),
            PacksCommand::Holidays {
                code,
                year,
                json,
                dir,
            } => packs::run_holidays(dir, &code, year, json),
        },
        Command::Locales {
            command: LocalesCommand::Lint { dir },
        } => cadre_cli::locales::run_lint(dir),
    }
}
