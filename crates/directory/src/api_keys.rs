//! API keys: `cadre_<key id>_<secret>`, stored as SHA-256 of the secret.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::{ApiKeyId, TenantId};

/// What a key may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scope {
    /// Read employee records (without sensitive fields).
    #[serde(rename = "employees:read")]
    EmployeesRead,
    /// Create, update and delete employee records.
    #[serde(rename = "employees:write")]
    EmployeesWrite,
    /// See sensitive fields such as national ids.
    #[serde(rename = "employees:sensitive")]
    EmployeesSensitive,
    /// Manage the tenant: legal entities and API keys.
    #[serde(rename = "tenant:admin")]
    TenantAdmin,
    /// See the tenant's background jobs (imports, payroll closes, deliveries).
    #[serde(rename = "jobs:read")]
    JobsRead,
    /// Cancel the tenant's background jobs.
    #[serde(rename = "jobs:write")]
    JobsWrite,
}

/// An unknown scope name.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "unknown scope {0:?}; known scopes: employees:read, employees:write, employees:sensitive, tenant:admin, jobs:read, jobs:write"
)]
pub struct ScopeError(pub String);

impl Scope {
    /// Every scope, as granted to a tenant's first admin key.
    pub const ALL: [Scope; 6] = [
        Scope::EmployeesRead,
        Scope::EmployeesWrite,
        Scope::EmployeesSensitive,
        Scope::TenantAdmin,
        Scope::JobsRead,
        Scope::JobsWrite,
    ];

    /// The scope's wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::EmployeesRead => "employees:read",
            Scope::EmployeesWrite => "employees:write",
            Scope::EmployeesSensitive => "employees:sensitive",
            Scope::TenantAdmin => "tenant:admin",
            Scope::JobsRead => "jobs:read",
            Scope::JobsWrite => "jobs:write",
        }
    }
}

impl FromStr for Scope {
    type Err = ScopeError;
    fn from_str(s: &str) -> Result<Self, ScopeError> {
        Scope::ALL
            .into_iter()
            .find(|sc| sc.as_str() == s)
            .ok_or_else(|| ScopeError(s.to_owned()))
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A key as the directory stores it.
#[derive(Debug, Clone)]
pub struct ApiKeyRecord {
    /// Public id.
    pub id: ApiKeyId,
    /// Owning tenant.
    pub tenant_id: TenantId,
    /// Label chosen by the admin.
    pub name: String,
    /// SHA-256 of the secret.
    pub secret_hash: [u8; 32],
    /// Granted scopes.
    pub scopes: Vec<Scope>,
    /// The language its holder chose, if any.
    pub locale: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl ApiKeyRecord {
    /// Whether `token`'s secret matches this key (constant time) and the key is live.
    pub fn accepts(&self, token: &ApiKeyToken) -> bool {
        self.revoked_at.is_none() && bool::from(token.secret_hash().ct_eq(&self.secret_hash))
    }
}

/// A freshly issued key: the only moment its secret is known.
#[derive(Clone)]
pub struct IssuedKey {
    /// The stored record.
    pub record: ApiKeyRecord,
    /// The full token to hand to the client, once.
    pub token: String,
}

/// A parsed bearer token.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKeyToken {
    id: ApiKeyId,
    secret: [u8; 32],
}

// Secrets never reach logs: debug output names the key, not its secret.
impl std::fmt::Debug for ApiKeyToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKeyToken")
            .field("id", &self.id)
            .field("secret", &"[redacted]")
            .finish()
    }
}

impl std::fmt::Debug for IssuedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedKey")
            .field("record", &self.record)
            .field("token", &"[redacted]")
            .finish()
    }
}

const PREFIX: &str = "cadre_";

impl ApiKeyToken {
    /// A new random token for a new key.
    pub fn generate() -> Self {
        let mut secret = [0u8; 32];
        rand::rng().fill_bytes(&mut secret);
        Self {
            id: ApiKeyId(Uuid::new_v4()),
            secret,
        }
    }

    /// Parses `cadre_<32 hex id>_<64 hex secret>`; `None` for anything else.
    pub fn parse(token: &str) -> Option<Self> {
        let rest = token.strip_prefix(PREFIX)?;
        let (id, secret) = rest.split_once('_')?;
        if id.len() != 32 || secret.len() != 64 {
            return None;
        }
        let id = Uuid::try_parse(id).ok()?;
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(secret, &mut bytes).ok()?;
        Some(Self {
            id: ApiKeyId(id),
            secret: bytes,
        })
    }

    /// The key's public id.
    pub fn id(&self) -> ApiKeyId {
        self.id
    }

    /// SHA-256 of the secret, as stored.
    pub fn secret_hash(&self) -> [u8; 32] {
        Sha256::digest(self.secret).into()
    }

    /// The token as the client sends it.
    pub fn to_token_string(&self) -> String {
        format!(
            "{PREFIX}{}_{}",
            self.id.0.simple(),
            hex::encode(self.secret)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_token_round_trips_and_matches_its_hash() {
        let t = ApiKeyToken::generate();
        let s = t.to_token_string();
        assert_eq!(s.len(), 6 + 32 + 1 + 64);
        let parsed = ApiKeyToken::parse(&s).expect("parses");
        assert_eq!(parsed, t);
        assert_eq!(parsed.secret_hash(), t.secret_hash());
    }

    #[test]
    fn debug_output_shows_no_secret() {
        let t = ApiKeyToken::generate();
        let shown = format!("{t:?}");
        assert!(!shown.contains(&format!("{:?}", t.secret)), "{shown}");
        assert!(shown.contains("redacted"), "{shown}");
    }

    #[test]
    fn malformed_tokens_do_not_parse() {
        let s = ApiKeyToken::generate().to_token_string();
        assert!(ApiKeyToken::parse(&s[1..]).is_none());
        assert!(ApiKeyToken::parse(&s[..s.len() - 1]).is_none());
        assert!(ApiKeyToken::parse(&s.replace('_', "-")).is_none());
        assert!(ApiKeyToken::parse(&format!("{}zz", &s[..s.len() - 2])).is_none());
    }

    #[test]
    fn a_wrong_or_revoked_secret_is_refused() {
        let t = ApiKeyToken::generate();
        let mut rec = ApiKeyRecord {
            id: t.id(),
            tenant_id: TenantId::random(),
            name: "k".into(),
            secret_hash: t.secret_hash(),
            scopes: vec![],
            locale: None,
            created_at: Utc::now(),
            revoked_at: None,
        };
        assert!(rec.accepts(&t));
        assert!(!rec.accepts(&ApiKeyToken {
            id: t.id(),
            secret: [7; 32]
        }));
        rec.revoked_at = Some(Utc::now());
        assert!(!rec.accepts(&t));
    }

    #[test]
    fn scopes_parse_by_wire_name() {
        assert_eq!(
            "tenant:admin".parse::<Scope>().ok(),
            Some(Scope::TenantAdmin)
        );
        assert!("admin".parse::<Scope>().is_err());
    }
}
