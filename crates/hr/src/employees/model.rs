//! Employee records as stored, and the bodies clients send to create and change them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use uuid::Uuid;

use crate::EmployeeId;
use crate::paging::Keyed;

/// Where an employee stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmployeeStatus {
    /// Working.
    Active,
    /// On long-term leave.
    OnLeave,
    /// Employment ended (the record is kept for the retention period).
    Terminated,
}

impl EmployeeStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            EmployeeStatus::Active => "active",
            EmployeeStatus::OnLeave => "on_leave",
            EmployeeStatus::Terminated => "terminated",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(Self::Active),
            "on_leave" => Some(Self::OnLeave),
            "terminated" => Some(Self::Terminated),
            _ => None,
        }
    }
}

/// An employee record as stored.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Employee {
    /// Id (carries the shard).
    #[schema(value_type = String, format = Uuid)]
    pub id: EmployeeId,
    /// Employing legal entity.
    pub legal_entity_id: Uuid,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Work email, unique per tenant on a shard.
    pub work_email: String,
    /// ISO country where the person works.
    pub country_of_employment: String,
    /// Job title.
    pub job_title: Option<String>,
    /// Manager's employee id.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub manager_id: Option<EmployeeId>,
    /// First day of employment.
    pub hire_date: NaiveDate,
    /// Status.
    pub status: EmployeeStatus,
    /// Preferred language (BCP 47).
    pub locale: String,
    /// IANA time zone.
    pub time_zone: String,
    /// Sensitive national identifier; the gateway decides whether a caller may see it.
    #[serde(skip)]
    pub national_id: Option<String>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// Optimistic-concurrency version, the ETag.
    pub version: i64,
}

impl Keyed for Employee {
    fn key(&self) -> Uuid {
        self.id.0
    }
}

/// The body of `POST /v1/employees`.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEmployee {
    /// Employing legal entity (decides the shard).
    pub legal_entity_id: Uuid,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Work email.
    pub work_email: String,
    /// Defaults to the legal entity's country.
    #[serde(default)]
    pub country_of_employment: Option<String>,
    /// Job title.
    #[serde(default)]
    pub job_title: Option<String>,
    /// Manager.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub manager_id: Option<EmployeeId>,
    /// First day of employment (`YYYY-MM-DD`).
    pub hire_date: NaiveDate,
    /// Defaults to `active`.
    #[serde(default)]
    pub status: Option<EmployeeStatus>,
    /// Defaults to the tenant's language.
    #[serde(default)]
    pub locale: Option<String>,
    /// Defaults to the tenant's time zone.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Sensitive national identifier.
    #[serde(default)]
    pub national_id: Option<String>,
}

/// The body of `PATCH /v1/employees/{id}`: absent fields stay, `null` clears optional ones.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmployeePatch {
    /// Rejected when present: moving an employee to another legal entity is a transfer.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub legal_entity_id: Option<serde_json::Value>,
    /// Given name.
    #[serde(default)]
    pub given_name: Option<String>,
    /// Family name.
    #[serde(default)]
    pub family_name: Option<String>,
    /// Work email.
    #[serde(default)]
    pub work_email: Option<String>,
    /// Country of employment.
    #[serde(default)]
    pub country_of_employment: Option<String>,
    /// Job title (`null` clears it).
    #[serde(default, deserialize_with = "nullable")]
    pub job_title: Option<Option<String>>,
    /// Manager (`null` clears it).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub manager_id: Option<Option<EmployeeId>>,
    /// First day of employment.
    #[serde(default)]
    pub hire_date: Option<NaiveDate>,
    /// Status.
    #[serde(default)]
    pub status: Option<EmployeeStatus>,
    /// Language.
    #[serde(default)]
    pub locale: Option<String>,
    /// Time zone.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// National id (`null` clears it).
    #[serde(default, deserialize_with = "nullable")]
    pub national_id: Option<Option<String>>,
}

/// Tells "absent" (outer `None`, via `default`) from "null" (`Some(None)`).
fn nullable<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}
