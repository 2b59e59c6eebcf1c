//! Re-embed migrations when a file is added: `sqlx::migrate!` reads the folder at compile time.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
