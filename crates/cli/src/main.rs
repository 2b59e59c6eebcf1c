//! `cadre`: run the local deployment, serve the gateway, migrate databases, check packs.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cadre_cli::dev::{DevDeployment, DevOptions};
use cadre_cli::lang::say;
use cadre_cli::serve::ServeConfig;
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
    /// Run the jobs runner: probes, failover within the zone, fencing, incidents, health
    /// reports. Several may run; one leads at a time.
    Jobs {
        /// Configuration file (the same one `serve` reads; see its `[jobs]` section).
        #[arg(long, default_value = "cadre.toml", env = "CADRE_CONFIG")]
        config: PathBuf,
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
            eprintln!(
                "{}",
                say(&msg!(
                    "cli-dev-starting",
                    dir = data_dir.display().to_string()
                ))
            );
            let dev = DevDeployment::start(DevOptions {
                data_dir,
                listen,
                regions,
                seed: !no_seed,
            })
            .await?;
            println!("{}", dev.banner());
            shutdown_signal().await;
            eprintln!("{}", say(&msg!("cli-dev-stopping")));
            dev.shutdown().await?;
            eprintln!("{}", say(&msg!("cli-dev-stopped")));
            Ok(())
        }
        Command::Serve { config } => {
            let (c, regions) = ServeConfig::load(&config)?;
            let reports = c.report_store(&regions)?;
            let operator_token = std::env::var("CADRE_OPERATOR_TOKEN").context(
                "CADRE_OPERATOR_TOKEN must hold the platform operator's token (16+ characters)",
            )?;
            let state = cadre_gateway::AppState::connect(cadre_gateway::GatewayConfig {
                directory_endpoint: c.directory.clone(),
                regions,
                operator_token,
                pool: c.pool(),
                reports,
            })
            .await?;
            let listener = tokio::net::TcpListener::bind(c.listen)
                .await
                .with_context(|| format!("listening on {}", c.listen))?;
            tracing::info!(listen = %c.listen, "gateway serving");
            cadre_gateway::serve(listener, state, shutdown_signal()).await?;
            Ok(())
        }
        Command::Jobs { config } => {
            let (c, regions) = ServeConfig::load(&config)?;
            let directory = connect_directory(&c).await?;
            let listener = tokio::net::TcpListener::bind(c.jobs.metrics_listen)
                .await
                .with_context(|| format!("listening on {}", c.jobs.metrics_listen))?;
            let metrics = tokio::spawn(cadre_gateway::serve_metrics(listener, shutdown_signal()));
            let settings = cadre_ops::JobsSettings {
                reports: c.report_store(&regions)?,
                ..c.jobs.settings()
            };
            let jobs = cadre_ops::JobsHandle::spawn(directory, settings);
            eprintln!("{}", say(&msg!("cli-jobs-started")));
            shutdown_signal().await;
            jobs.stop().await;
            metrics.abort();
            Ok(())
        }
        Command::Switchover { config, shard } => {
            let (c, _) = ServeConfig::load(&config)?;
            let directory = connect_directory(&c).await?;
            let id = cadre_topology::ShardId::new(shard)?;
            let record = directory
                .shard(id)
                .await?
                .with_context(|| format!("shard {shard} is not in the shard map"))?;
            let epoch = cadre_ops::switchover(&directory, &record, &c.jobs.user).await?;
            let record = directory.shard(id).await?.context("shard vanished")?;
            println!(
                "{}",
                say(&msg!(
                    "cli-switchover-done",
                    shard = shard,
                    endpoint = record.primary_endpoint,
                    epoch = epoch.0
                ))
            );
            Ok(())
        }
        Command::Packs { command } => packs(command),
        Command::Locales {
            command: LocalesCommand::Lint { dir },
        } => {
            let default = PathBuf::from("locales");
            let dir = dir.or_else(|| default.join("en").is_dir().then_some(default));
            println!("{}", cadre_cli::lang::lint_locales(dir.as_deref())?);
            Ok(())
        }
        Command::Migrate { config, user } => {
            let (c, regions) = ServeConfig::load(&config)?;
            let connect = |endpoint: &str| {
                let options = cadre_shards::connect_options(endpoint, &user);
                async move {
                    sqlx::postgres::PgPoolOptions::new()
                        .max_connections(1)
                        .connect_with(options?)
                        .await
                }
            };
            let directory = async {
                let options = cadre_shards::connect_options(&c.directory, &user)?;
                let settings = cadre_directory::DirectorySettings::max_connections(1);
                cadre_directory::Directory::connect(options, settings).await
            }
            .await
            .with_context(|| format!("connecting to the directory {}", c.directory))?;
            cadre_directory::MIGRATOR
                .run(directory.pool())
                .await
                .context("migrating the directory")?;
            directory.sync_shards(&regions).await?;
            eprintln!("{}", say(&msg!("cli-serve-directory-migrated")));
            for (region, shard) in regions.shards() {
                let endpoint = shard.primary.as_deref().unwrap_or_default();
                let pool = connect(endpoint)
                    .await
                    .with_context(|| format!("connecting to shard {} ({endpoint})", shard.id))?;
                cadre_shards::MIGRATOR
                    .run(&pool)
                    .await
                    .with_context(|| format!("migrating shard {}", shard.id))?;
                eprintln!(
                    "{}",
                    say(&msg!(
                        "cli-serve-shard-migrated",
                        shard = shard.id.get(),
                        region = region.id.as_str()
                    ))
                );
            }
            Ok(())
        }
    }
}

async fn connect_directory(c: &ServeConfig) -> anyhow::Result<cadre_directory::Directory> {
    let options = cadre_shards::connect_options(&c.directory, &c.database.user)?;
    cadre_directory::Directory::connect(
        options,
        cadre_directory::DirectorySettings::max_connections(4),
    )
    .await
    .with_context(|| format!("connecting to the directory {}", c.directory))
}

fn packs(command: PacksCommand) -> anyhow::Result<()> {
    use cadre_cli::packs;
    let out = match command {
        PacksCommand::Lint { dir } => {
            let default = PathBuf::from("jurisdictions");
            let dir = dir.or_else(|| default.join("packs").is_dir().then_some(default));
            packs::lint(dir.as_deref())?
        }
        PacksCommand::Show {
            code,
            on,
            json,
            dir,
        } => {
            let on = on.unwrap_or_else(|| chrono::Utc::now().date_naive());
            packs::show(dir.as_deref(), &code, on, json)?
        }
        PacksCommand::Holidays {
            code,
            year,
            json,
            dir,
        } => packs::holidays(dir.as_deref(), &code, year, json)?,
    };
    // `cadre packs show DE | head` closes the pipe early; that is not an error.
    use std::io::Write as _;
    match writeln!(std::io::stdout().lock(), "{}", out.trim_end()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => {
            let _ = ctrl_c.await;
            return;
        }
    };
    tokio::select! {
        _ = ctrl_c => {}
        _ = term.recv() => {}
    }
}
