//! Shared helpers of the end-to-end scenarios.

use cadre_testkit::ShardDb;
use sqlx::{Connection, PgConnection, Row};

/// How many rows of every user table in a database contain `needle` anywhere in their text
/// form, by table. Used to prove where personal data is, and where it is not.
pub async fn rows_containing(
    conn: &mut PgConnection,
    needle: &str,
) -> anyhow::Result<Vec<(String, i64)>> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT quote_ident(table_name) FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut hits = Vec::new();
    for t in tables {
        let sql = format!("SELECT count(*) AS n FROM {t} AS r WHERE r::text LIKE '%' || $1 || '%'");
        let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(needle)
            .fetch_one(&mut *conn)
            .await?
            .try_get("n")?;
        if n > 0 {
            hits.push((t, n));
        }
    }
    Ok(hits)
}

/// Employees stored on each shard (as the superuser: what is really there).
pub async fn employees_per_shard(shards: &[ShardDb]) -> anyhow::Result<Vec<i64>> {
    let mut out = Vec::new();
    for s in shards {
        let mut c = s.connect_admin().await?;
        out.push(
            sqlx::query_scalar("SELECT count(*) FROM employees")
                .fetch_one(&mut c)
                .await?,
        );
        c.close().await?;
    }
    Ok(out)
}
