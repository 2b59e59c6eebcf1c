//! Employee rows on a shard. Every function runs inside a transaction begun with
//! `Shard::begin_for(tenant)`, and still names the tenant in its SQL: the application's scoping
//! and row-level security each suffice alone, so a bug in one is caught by the other.

use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};
use uuid::Uuid;

use super::{Employee, EmployeeFilter, EmployeeStatus, Error, Validated};
use crate::EmployeeId;
use crate::paging::{Page, Window};
use crate::version;

macro_rules! columns {
    () => {
        "id, legal_entity_id, given_name, family_name, work_email, country_of_employment, job_title, \
         manager_id, hire_date, status, locale, time_zone, national_id, created_at, updated_at, version"
    };
}

fn from_row(r: &PgRow) -> Result<Employee, sqlx::Error> {
    let status: String = r.try_get("status")?;
    let country: String = r.try_get("country_of_employment")?;
    Ok(Employee {
        id: r.try_get("id")?,
        legal_entity_id: r.try_get("legal_entity_id")?,
        given_name: r.try_get("given_name")?,
        family_name: r.try_get("family_name")?,
        work_email: r.try_get("work_email")?,
        country_of_employment: country.trim_end().to_owned(),
        job_title: r.try_get("job_title")?,
        manager_id: r.try_get("manager_id")?,
        hire_date: r.try_get("hire_date")?,
        status: EmployeeStatus::parse(&status)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown status {status:?}").into()))?,
        locale: r.try_get("locale")?,
        time_zone: r.try_get("time_zone")?,
        national_id: r.try_get("national_id")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

/// Binds a record's fields in the column order both `insert` and `update` list them.
fn bind_fields<'q>(
    query: sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>,
    v: &'q Validated,
) -> sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments> {
    query
        .bind(&v.given_name)
        .bind(&v.family_name)
        .bind(&v.work_email)
        .bind(v.country_of_employment.as_str())
        .bind(&v.job_title)
        .bind(v.manager_id)
        .bind(v.hire_date)
        .bind(v.status.as_str())
        .bind(&v.locale)
        .bind(&v.time_zone)
        .bind(&v.national_id)
}

fn email_taken(e: sqlx::Error) -> Error {
    match &e {
        sqlx::Error::Database(db) if db.constraint() == Some("employees_work_email") => {
            Error::EmailTaken
        }
        _ => Error::Database(e),
    }
}

/// Stores a new employee.
pub async fn insert(
    tx: &mut PgConnection,
    tenant: Uuid,
    id: EmployeeId,
    legal_entity_id: Uuid,
    v: &Validated,
) -> Result<Employee, Error> {
    let query = sqlx::query(concat!(
        "INSERT INTO employees (tenant_id, id, legal_entity_id, given_name, family_name, work_email,
           country_of_employment, job_title, manager_id, hire_date, status, locale, time_zone, national_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         RETURNING ",
        columns!()
    ))
    .bind(tenant)
    .bind(id)
    .bind(legal_entity_id);
    let row = bind_fields(query, v)
        .fetch_one(&mut *tx)
        .await
        .map_err(email_taken)?;
    Ok(from_row(&row)?)
}

/// One employee in a single round trip, outside any explicit transaction: `employee_by_id`
/// sets the tenant for its own statement, so RLS applies exactly as in `get`.
pub async fn fetch(
    db: impl sqlx::PgExecutor<'_>,
    tenant: Uuid,
    id: EmployeeId,
) -> Result<Option<Employee>, Error> {
    let row = sqlx::query(concat!(
        "SELECT ",
        columns!(),
        " FROM employee_by_id($1, $2)"
    ))
    .bind(tenant)
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// Locks an employee for a change and checks the version the caller saw.
async fn lock(
    tx: &mut PgConnection,
    tenant: Uuid,
    id: EmployeeId,
    expected: Option<i64>,
) -> Result<Employee, Error> {
    let row = sqlx::query(concat!(
        "SELECT ",
        columns!(),
        " FROM employees WHERE tenant_id = $1 AND id = $2 FOR UPDATE"
    ))
    .bind(tenant)
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(Error::NotFound)?;
    let current = from_row(&row)?;
    version::check(expected, current.version)?;
    Ok(current)
}

/// Replaces an employee's fields with `change(current)` if the version still matches
/// (`None`: any version).
pub async fn update(
    tx: &mut PgConnection,
    tenant: Uuid,
    id: EmployeeId,
    expected_version: Option<i64>,
    change: impl FnOnce(&Employee) -> Result<Validated, Error>,
) -> Result<Employee, Error> {
    let current = lock(tx, tenant, id, expected_version).await?;
    let v = change(&current)?;
    let query = sqlx::query(concat!(
        "UPDATE employees SET given_name = $3, family_name = $4, work_email = $5, country_of_employment = $6,
           job_title = $7, manager_id = $8, hire_date = $9, status = $10, locale = $11, time_zone = $12,
           national_id = $13, version = version + 1, updated_at = now()
         WHERE tenant_id = $1 AND id = $2
         RETURNING ",
        columns!()
    ))
    .bind(tenant)
    .bind(id);
    let row = bind_fields(query, &v)
        .fetch_one(&mut *tx)
        .await
        .map_err(email_taken)?;
    Ok(from_row(&row)?)
}

/// Deletes an employee (erasure), checking the version when the caller sent one.
pub async fn delete(
    tx: &mut PgConnection,
    tenant: Uuid,
    id: EmployeeId,
    expected_version: Option<i64>,
) -> Result<(), Error> {
    lock(tx, tenant, id, expected_version).await?;
    sqlx::query("DELETE FROM employees WHERE tenant_id = $1 AND id = $2")
        .bind(tenant)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// A page of employees in id order, after the cursor.
pub async fn list(
    tx: &mut PgConnection,
    tenant: Uuid,
    filter: &EmployeeFilter,
    window: &Window,
) -> Result<Page<Employee>, Error> {
    let rows = sqlx::query(concat!(
        "SELECT ",
        columns!(),
        " FROM employees
         WHERE tenant_id = $1 AND ($2::uuid IS NULL OR legal_entity_id = $2)
           AND ($3::uuid IS NULL OR id > $3) AND ($4::timestamptz IS NULL OR updated_at > $4)
         ORDER BY id LIMIT $5"
    ))
    .bind(tenant)
    .bind(filter.legal_entity_id)
    .bind(window.after)
    .bind(window.updated_after)
    .bind(window.fetch_limit())
    .fetch_all(&mut *tx)
    .await?;
    let items = rows.iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
    Ok(Page::from_rows(items, window))
}
