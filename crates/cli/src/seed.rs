//! The demo tenant of the local deployment, created through the public API like any client
//! would: five branches in five regions of four zones, eight people each, with managers.

use anyhow::{Context, bail};
use serde_json::{Value, json};

struct Branch {
    name: &'static str,
    country: &'static str,
    region: &'static str,
    locale: &'static str,
    time_zone: &'static str,
    domain: &'static str,
    /// (given name, family name, email local part); the first manages the others.
    people: [(&'static str, &'static str, &'static str); 8],
}

const BRANCHES: [Branch; 5] = [
    Branch {
        name: "Acme Deutschland GmbH",
        country: "DE",
        region: "eu-central",
        locale: "de",
        time_zone: "Europe/Berlin",
        domain: "acme.de",
        people: [
            ("Lukas", "Schneider", "lukas.schneider"),
            ("Anna", "Müller", "anna.mueller"),
            ("Jonas", "Weber", "jonas.weber"),
            ("Lea", "Fischer", "lea.fischer"),
            ("Felix", "Wagner", "felix.wagner"),
            ("Mia", "Becker", "mia.becker"),
            ("Paul", "Hoffmann", "paul.hoffmann"),
            ("Emma", "Schulz", "emma.schulz"),
        ],
    },
    Branch {
        name: "Acme France SAS",
        country: "FR",
        region: "eu-west",
        locale: "fr",
        time_zone: "Europe/Paris",
        domain: "acme.fr",
        people: [
            ("Camille", "Martin", "camille.martin"),
            ("Lucas", "Bernard", "lucas.bernard"),
            ("Chloé", "Dubois", "chloe.dubois"),
            ("Hugo", "Thomas", "hugo.thomas"),
            ("Léa", "Robert", "lea.robert"),
            ("Louis", "Richard", "louis.richard"),
            ("Manon", "Petit", "manon.petit"),
            ("Gabriel", "Durand", "gabriel.durand"),
        ],
    },
    Branch {
        name: "Acme Corporation",
        country: "US",
        region: "us-east",
        locale: "en-US",
        time_zone: "America/New_York",
        domain: "acme.com",
        people: [
            ("Olivia", "Johnson", "olivia.johnson"),
            ("Liam", "Smith", "liam.smith"),
            ("Emma", "Williams", "emma.williams"),
            ("Noah", "Brown", "noah.brown"),
            ("Ava", "Jones", "ava.jones"),
            ("Ethan", "Garcia", "ethan.garcia"),
            ("Sophia", "Miller", "sophia.miller"),
            ("Mason", "Davis", "mason.davis"),
        ],
    },
    Branch {
        name: "艾克米（北京）科技有限公司",
        country: "CN",
        region: "cn-north",
        locale: "zh-CN",
        time_zone: "Asia/Shanghai",
        domain: "acme.cn",
        people: [
            ("芳", "王", "wang.fang"),
            ("娜", "李", "li.na"),
            ("伟", "张", "zhang.wei"),
            ("洋", "刘", "liu.yang"),
            ("静", "陈", "chen.jing"),
            ("磊", "杨", "yang.lei"),
            ("敏", "赵", "zhao.min"),
            ("强", "黄", "huang.qiang"),
        ],
    },
    Branch {
        name: "Acme Asia Pacific Pte. Ltd.",
        country: "SG",
        region: "ap-southeast",
        locale: "en-SG",
        time_zone: "Asia/Singapore",
        domain: "acme.sg",
        people: [
            ("Wei Ming", "Tan", "weiming.tan"),
            ("Priya", "Raj", "priya.raj"),
            ("Muhammad Hafiz", "Ismail", "hafiz.ismail"),
            ("Mei Ling", "Lim", "meiling.lim"),
            ("Arjun", "Nair", "arjun.nair"),
            ("Hui Min", "Ng", "huimin.ng"),
            ("Nurul Aisyah", "Rahman", "aisyah.rahman"),
            ("Jun Jie", "Goh", "junjie.goh"),
        ],
    },
];

const TITLES: [&str; 7] = [
    "HR Business Partner",
    "Software Engineer",
    "Payroll Specialist",
    "Sales Manager",
    "Product Designer",
    "Data Analyst",
    "Customer Success Lead",
];

async fn post(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    body: Value,
) -> anyhow::Result<Value> {
    let res = http
        .post(url)
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .with_context(|| format!("POST {url}"))?;
    let status = res.status();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    if !status.is_success() {
        bail!("POST {url} failed with {status}: {body}");
    }
    Ok(body)
}

/// Creates the demo tenant and its people; returns the tenant's admin key.
pub async fn demo_tenant(base_url: &str, operator_token: &str) -> anyhow::Result<String> {
    let http = reqwest::Client::new();
    let created = post(
        &http,
        &format!("{base_url}/v1/tenants"),
        operator_token,
        json!({ "slug": "demo", "name": "Acme Global", "home_region": "eu-central",
                "default_locale": "en", "time_zone": "Europe/Berlin" }),
    )
    .await
    .context("creating the demo tenant (if it exists but dev.toml lost its key, delete the data directory to start over)")?;
    let token = created["admin_key"]["token"]
        .as_str()
        .context("admin key in response")?
        .to_owned();
    for (b, branch) in BRANCHES.iter().enumerate() {
        let entity = post(
            &http,
            &format!("{base_url}/v1/legal-entities"),
            &token,
            json!({ "name": branch.name, "country": branch.country, "region": branch.region }),
        )
        .await?;
        let entity_id = entity["id"].as_str().context("legal entity id")?;
        let mut manager: Option<String> = None;
        for (i, (given, family, local)) in branch.people.iter().enumerate() {
            let title = if i == 0 {
                "Country Manager"
            } else {
                TITLES[(i + b) % TITLES.len()]
            };
            let hire_date = format!(
                "{}-{:02}-{:02}",
                2015 + (i + 2 * b) % 10,
                1 + (3 * i + b) % 12,
                1 + (7 * i + b) % 28
            );
            let person = post(
                &http,
                &format!("{base_url}/v1/employees"),
                &token,
                json!({ "legal_entity_id": entity_id, "given_name": given, "family_name": family,
                        "work_email": format!("{local}@{}", branch.domain), "job_title": title,
                        "manager_id": manager, "hire_date": hire_date,
                        "locale": branch.locale, "time_zone": branch.time_zone }),
            )
            .await?;
            if i == 0 {
                manager = person["id"].as_str().map(str::to_owned);
            }
        }
    }
    Ok(token)
}
