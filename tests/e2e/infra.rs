//! The deployment manifests under `infra/` agree with the region configuration.
//!
//! `infra/README.md` promises: the production and local region files describe the same
//! topology; every shard of the production `regions.toml` has its CloudNativePG `Cluster` in
//! its region's overlay, with standbys and synchronous replication; no replica, backup or pod
//! leaves its region's sovereignty zone; every region has its bucket in Terraform. These tests
//! hold those promises without a Kubernetes cluster, kubectl, terraform or a database.
//!
//! Every check is a function from an in-memory model (file texts, parsed YAML documents,
//! region configurations) to a list of problems. The `broken_*` tests feed each check a
//! deliberately damaged copy and require the matching problem, so a check that silently
//! stopped looking fails too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use cadre_local::workspace_path;
use cadre_topology::{RegionConfig, RegionSpec};
use regex::Regex;
use serde::Deserialize;
use serde_yaml::Value;

/// Files of a folder by their path relative to it, `/`-separated: what the checks read.
type Tree = BTreeMap<String, String>;

/// The production region configuration, relative to `infra/k8s`.
const PROD_CONFIG: &str = "base/config/regions.toml";
/// The serve configuration (it names the directory endpoint), relative to `infra/k8s`.
const SERVE_CONFIG: &str = "base/config/cadre.toml";
/// How the two region files are named in messages.
const PROD_LABEL: &str = "infra/k8s/base/config/regions.toml";
const LOCAL_LABEL: &str = "infra/local/regions.toml";
/// The Terraform map of buckets, as named in messages (its key in the Terraform tree is `regions.tf`).
const TF_REGIONS: &str = "infra/terraform/regions.tf";
/// The node label that pins pods to a region (infra/README.md, "Node labels"). Changing the
/// selector in the overlays means changing it here too.
const REGION_NODE_LABEL: &str = "topology.kubernetes.io/region";
/// The file names kustomize reads in a folder.
const KUSTOMIZATION_FILES: [&str; 2] = ["kustomization.yaml", "kustomization.yml"];
/// Kinds outside any namespace: kustomize's `namespace:` leaves them alone.
const CLUSTER_SCOPED: [&str; 7] = [
    "Namespace",
    "ClusterRole",
    "ClusterRoleBinding",
    "CustomResourceDefinition",
    "StorageClass",
    "PriorityClass",
    "PersistentVolume",
];

// ---------------------------------------------------------------------------------------------
// The model: file texts and configurations, read once.

/// Everything the checks read.
#[derive(Debug)]
struct Infra {
    /// `infra/local/regions.toml` as text: the `broken_*` tests edit copies of it.
    local_text: String,
    /// The production configuration, parsed from `infra/k8s/base/config/regions.toml`.
    prod: RegionConfig,
    /// Every file under `infra/k8s`.
    k8s: Tree,
    /// Every `.tf` file under `infra/terraform`.
    terraform: Tree,
}

fn infra() -> &'static Infra {
    static INFRA: OnceLock<Infra> = OnceLock::new();
    INFRA.get_or_init(|| {
        let local_text = std::fs::read_to_string(workspace_path(LOCAL_LABEL))
            .unwrap_or_else(|e| panic!("read {LOCAL_LABEL}: {e}"));
        let k8s = read_tree(&workspace_path("infra/k8s"), |_| true);
        let terraform = read_tree(&workspace_path("infra/terraform"), |f| f.ends_with(".tf"));
        // An empty model would make every check pass: refuse it.
        assert!(
            k8s.keys().any(|f| is_yaml(f)),
            "no YAML file under infra/k8s"
        );
        assert!(!terraform.is_empty(), "no .tf file under infra/terraform");
        let prod_text = k8s
            .get(PROD_CONFIG)
            .unwrap_or_else(|| panic!("{PROD_LABEL} is missing"));
        let prod = parse_config(PROD_LABEL, prod_text);
        Infra {
            local_text,
            prod,
            k8s,
            terraform,
        }
    })
}

/// Parses a region configuration; its own validation (unique ids, zones declared, valid bucket
/// names, endpoints without credentials) runs here, so an invalid file fails every test.
fn parse_config(label: &str, text: &str) -> RegionConfig {
    RegionConfig::parse(label, text).unwrap_or_else(|e| panic!("{e}"))
}

/// Reads every file under `root` whose relative path `keep` accepts. Hidden entries are
/// skipped: after `terraform init`, `.terraform/` holds provider binaries, and editors leave
/// swap files.
fn read_tree(root: &Path, keep: fn(&str) -> bool) -> Tree {
    let mut tree = Tree::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("read {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("read a directory entry").path();
            let parts: Vec<String> = path
                .strip_prefix(root)
                .expect("entries lie under their root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|name| name.starts_with('.')) {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = parts.join("/");
            if keep(&relative) {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
                tree.insert(relative, text);
            }
        }
    }
    tree
}

// ---------------------------------------------------------------------------------------------
// YAML documents and kustomizations.

/// One YAML document of a file under `infra/k8s`.
#[derive(Debug)]
struct Doc {
    /// Path relative to `infra/k8s`.
    file: String,
    /// Position in the file from 0 (a file may hold several `---`-separated documents).
    index: usize,
    value: Value,
}

impl Doc {
    /// Where the document is, for messages.
    fn at(&self) -> String {
        if self.index == 0 {
            format!("infra/k8s/{}", self.file)
        } else {
            format!("infra/k8s/{} (document {})", self.file, self.index + 1)
        }
    }

    /// Where it is and what it is: `infra/k8s/overlays/eu-west/shard-2.yaml: Cluster shard-2`.
    fn label(&self) -> String {
        format!("{}: {} {}", self.at(), self.kind(), self.name())
    }

    fn str(&self, path: &[&str]) -> Option<&str> {
        get_str(&self.value, path)
    }

    fn kind(&self) -> &str {
        self.str(&["kind"]).unwrap_or_default()
    }

    fn name(&self) -> &str {
        self.str(&["metadata", "name"]).unwrap_or_default()
    }

    /// A CloudNativePG resource of this kind (`Cluster`, `ScheduledBackup`).
    fn is_cnpg(&self, kind: &str) -> bool {
        self.kind() == kind
            && self
                .str(&["apiVersion"])
                .is_some_and(|v| v.starts_with("postgresql.cnpg.io/"))
    }
}

/// The YAML documents of a `infra/k8s` tree.
#[derive(Debug)]
struct Manifests<'t> {
    tree: &'t Tree,
    docs: Vec<Doc>,
    /// Files that do not parse or hold no document.
    parse_problems: Vec<String>,
}

/// What a `resources:` entry names.
#[derive(Debug)]
enum Resource {
    /// A manifest file (path relative to `infra/k8s`).
    File(String),
    /// A folder with its own kustomization (a base).
    Folder(String),
}

impl<'t> Manifests<'t> {
    fn new(tree: &'t Tree) -> Self {
        let mut docs = Vec::new();
        let mut parse_problems = Vec::new();
        for (file, text) in tree.iter().filter(|(f, _)| is_yaml(f)) {
            let before = docs.len();
            let mut failed = false;
            for (index, document) in serde_yaml::Deserializer::from_str(text).enumerate() {
                match Value::deserialize(document) {
                    // An empty document (a stray `---`) applies nothing.
                    Ok(Value::Null) => {}
                    Ok(value) => docs.push(Doc {
                        file: file.clone(),
                        index,
                        value,
                    }),
                    Err(e) => {
                        parse_problems
                            .push(format!("infra/k8s/{file}: document {}: {e}", index + 1));
                        // The parser does not resume after an error.
                        failed = true;
                        break;
                    }
                }
            }
            if !failed && docs.len() == before {
                parse_problems.push(format!("infra/k8s/{file}: no YAML document"));
            }
        }
        Self {
            tree,
            docs,
            parse_problems,
        }
    }

    /// Folders that hold a kustomization file.
    fn kustomization_folders(&self) -> Vec<String> {
        self.tree
            .keys()
            .filter(|f| is_kustomization(f))
            .map(|f| folder_of(f).to_owned())
            .collect()
    }

    /// The parsed kustomization of a folder (None if absent or unparsable).
    fn kustomization(&self, folder: &str) -> Option<&Doc> {
        let file = kustomization_file(self.tree, folder)?;
        self.docs.iter().find(|d| d.file == file)
    }

    /// Resolves a `resources:` entry of the kustomization in `folder`; Err says why not.
    fn resolve(&self, folder: &str, entry: &str) -> Result<Resource, String> {
        // A remote resource would deploy what these tests never saw.
        if entry.contains("://") || entry.starts_with("github.com/") {
            return Err("is remote: everything deployed must be in this repository".into());
        }
        let path = join(folder, entry).ok_or("points outside infra/k8s")?;
        if self.tree.contains_key(&path) {
            return Ok(Resource::File(path));
        }
        if kustomization_file(self.tree, &path).is_some() {
            return Ok(Resource::Folder(path));
        }
        if self.tree.keys().any(|f| f.starts_with(&format!("{path}/"))) {
            return Err("is a folder without kustomization.yaml".into());
        }
        Err("does not exist".into())
    }

    /// What `kubectl apply -k <folder>` would apply: the documents of its `resources`,
    /// recursively through bases, each with the namespace it lands in (a kustomization's
    /// `namespace:` overrides what its resources say, and the outermost one wins, as in
    /// kustomize). Entries that do not resolve are left out: `check_kustomizations` reports
    /// them. Patches are not applied.
    fn rendered(&self, folder: &str) -> Vec<(&Doc, Option<String>)> {
        self.rendered_from(folder, 0)
    }

    fn rendered_from(&self, folder: &str, depth: usize) -> Vec<(&Doc, Option<String>)> {
        let mut out = Vec::new();
        let Some(k) = self.kustomization(folder) else {
            return out;
        };
        // Kustomize rejects cycles of bases; stop instead of recursing forever.
        if depth > 16 {
            return out;
        }
        for entry in strings(&k.value, &["resources"]) {
            match self.resolve(folder, entry) {
                Ok(Resource::File(file)) => out.extend(
                    self.docs
                        .iter()
                        .filter(|d| d.file == file)
                        .map(|d| (d, d.str(&["metadata", "namespace"]).map(str::to_owned))),
                ),
                Ok(Resource::Folder(base)) => out.extend(self.rendered_from(&base, depth + 1)),
                Err(_) => {}
            }
        }
        if let Some(namespace) = k.str(&["namespace"]) {
            for (doc, ns) in &mut out {
                if !CLUSTER_SCOPED.contains(&doc.kind()) {
                    *ns = Some(namespace.to_owned());
                }
            }
        }
        out
    }

    /// The CloudNativePG Clusters a region's overlay deploys.
    fn clusters(&self, folder: &str) -> Vec<&Doc> {
        self.rendered(folder)
            .into_iter()
            .map(|(d, _)| d)
            .filter(|d| d.is_cnpg("Cluster"))
            .collect()
    }
}

fn is_yaml(file: &str) -> bool {
    file.ends_with(".yaml") || file.ends_with(".yml")
}

fn file_name(file: &str) -> &str {
    file.rsplit_once('/').map_or(file, |(_, name)| name)
}

fn folder_of(file: &str) -> &str {
    file.rsplit_once('/').map_or("", |(folder, _)| folder)
}

fn in_folder(folder: &str, name: &str) -> String {
    if folder.is_empty() {
        name.to_owned()
    } else {
        format!("{folder}/{name}")
    }
}

fn is_kustomization(file: &str) -> bool {
    KUSTOMIZATION_FILES.contains(&file_name(file))
}

fn kustomization_file(tree: &Tree, folder: &str) -> Option<String> {
    KUSTOMIZATION_FILES
        .iter()
        .map(|name| in_folder(folder, name))
        .find(|f| tree.contains_key(f))
}

/// `folder/relative` with `.` and `..` resolved; None when it climbs out of the tree.
fn join(folder: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

fn get<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(*key))
}

fn get_str<'v>(value: &'v Value, path: &[&str]) -> Option<&'v str> {
    get(value, path)?.as_str()
}

/// The list at `path`, empty when absent (or not a list).
fn seq<'v>(value: &'v Value, path: &[&str]) -> &'v [Value] {
    get(value, path)
        .and_then(Value::as_sequence)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// The strings of the list at `path`.
fn strings<'v>(value: &'v Value, path: &[&str]) -> Vec<&'v str> {
    seq(value, path).iter().filter_map(Value::as_str).collect()
}

// ---------------------------------------------------------------------------------------------
// Places: namespaces, endpoints, buckets.

/// The namespace of a region (infra/README.md: one namespace per region).
fn namespace_of(region: &RegionSpec) -> String {
    format!("cadre-{}", region.id)
}

fn region_of_namespace<'c>(config: &'c RegionConfig, namespace: &str) -> Option<&'c RegionSpec> {
    let id = namespace.strip_prefix("cadre-")?;
    config.regions.iter().find(|r| r.id.as_str() == id)
}

fn region_of_bucket<'c>(config: &'c RegionConfig, bucket: &str) -> Option<&'c RegionSpec> {
    config.regions.iter().find(|r| r.bucket == bucket)
}

/// The host of `postgres://host:port/db`.
fn endpoint_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
    (!host.is_empty()).then_some(host)
}

/// `<service>.<namespace>.svc…` gives (service, Some(namespace)); a bare name is a service of
/// the caller's own namespace (service, None).
fn service_and_namespace(host: &str) -> (&str, Option<&str>) {
    let mut labels = host.split('.');
    (labels.next().unwrap_or_default(), labels.next())
}

/// The bucket of `s3://bucket/prefix`.
fn s3_bucket(url: &str) -> Option<&str> {
    url.strip_prefix("s3://")?
        .split('/')
        .next()
        .filter(|b| !b.is_empty())
}

// ---------------------------------------------------------------------------------------------
// Check 1: every YAML document parses and says what it is.

fn check_documents(m: &Manifests) -> Vec<String> {
    let mut problems = m.parse_problems.clone();
    for d in &m.docs {
        let kustomization = is_kustomization(&d.file);
        let mut missing = Vec::new();
        if d.str(&["apiVersion"]).is_none_or(str::is_empty) {
            missing.push("apiVersion");
        }
        if d.str(&["kind"]).is_none_or(str::is_empty) {
            missing.push("kind");
        }
        // A Kustomization is read by kustomize, not sent to the API server: it has no name.
        if !kustomization && d.str(&["metadata", "name"]).is_none_or(str::is_empty) {
            missing.push("metadata.name");
        }
        if !missing.is_empty() {
            problems.push(format!("{}: no {}", d.at(), missing.join(", ")));
        }
        if kustomization {
            if !matches!(d.kind(), "Kustomization" | "") {
                problems.push(format!(
                    "{}: kind is {}, expected Kustomization",
                    d.at(),
                    d.kind()
                ));
            }
            if m.docs.iter().filter(|x| x.file == d.file).count() > 1 {
                problems.push(format!(
                    "{}: a kustomization file holds one document",
                    d.at()
                ));
            }
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// Check 2: kustomizations name files that exist, overlays build on the base, and no manifest
// is left out (kubectl apply -k silently ignores a file no kustomization names).

fn check_kustomizations(m: &Manifests) -> Vec<String> {
    let mut problems = Vec::new();
    // Files some kustomization deploys or reads.
    let mut used: BTreeSet<String> = m
        .tree
        .keys()
        .filter(|f| is_kustomization(f))
        .cloned()
        .collect();
    let folders = m.kustomization_folders();
    for folder in &folders {
        // A kustomization that does not parse is check_documents' to report.
        let Some(k) = m.kustomization(folder) else {
            continue;
        };
        let at = k.at();
        if get(&k.value, &["resources"]).is_some_and(|r| !r.is_sequence()) {
            problems.push(format!("{at}: resources is not a list"));
        }
        let mut includes_base = false;
        for entry in seq(&k.value, &["resources"]) {
            let Some(entry) = entry.as_str() else {
                problems.push(format!("{at}: resources entry {entry:?} is not a path"));
                continue;
            };
            match m.resolve(folder, entry) {
                Ok(Resource::File(file)) => {
                    used.insert(file);
                }
                Ok(Resource::Folder(base)) => includes_base |= base == "base",
                Err(why) => problems.push(format!("{at}: resources entry {entry:?} {why}")),
            }
        }
        // Without the base a region would get its databases but no gateway or jobs runner.
        if folder.starts_with("overlays/") && !includes_base {
            problems.push(format!("{at}: does not include the base (../../base)"));
        }
        // Files read by generators (`files` entries may be `key=path`) and by patches.
        let mut reads: Vec<(String, &str)> = Vec::new();
        for generator in ["configMapGenerator", "secretGenerator"] {
            for (i, g) in seq(&k.value, &[generator]).iter().enumerate() {
                let files = strings(g, &["files"])
                    .into_iter()
                    .chain(strings(g, &["envs"]))
                    .chain(get_str(g, &["env"]));
                for f in files {
                    let path = f.split_once('=').map_or(f, |(_, p)| p);
                    reads.push((format!("{generator}[{i}]"), path));
                }
            }
        }
        for (i, p) in seq(&k.value, &["patches"]).iter().enumerate() {
            if let Some(path) = get_str(p, &["path"]) {
                reads.push((format!("patches[{i}]"), path));
            }
        }
        for (what, path) in reads {
            match join(folder, path) {
                Some(file) if m.tree.contains_key(&file) => {
                    used.insert(file);
                }
                _ => problems.push(format!("{at}: {what} reads {path:?}, which does not exist")),
            }
        }
    }
    for file in m.tree.keys().filter(|f| is_yaml(f) && !used.contains(*f)) {
        // The nearest folder with a kustomization is the one that should list the file.
        let owner = folders
            .iter()
            .filter(|d| d.is_empty() || file.starts_with(&format!("{d}/")))
            .max_by_key(|d| d.len());
        problems.push(match owner {
            Some(d) => format!(
                "infra/k8s/{file}: not listed by infra/k8s/{}, so kubectl apply -k ignores it",
                in_folder(d, "kustomization.yaml")
            ),
            None => format!("infra/k8s/{file}: under no kustomization, so nothing applies it"),
        });
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// Check 3: the production and local configurations describe the same topology.

/// A region as both files must describe it (endpoints are production-only).
#[derive(Debug, PartialEq)]
struct RegionShape<'c> {
    zone: &'c str,
    name: &'c str,
    bucket: &'c str,
    shards: Vec<u16>,
}

fn zone_shapes(c: &RegionConfig) -> BTreeMap<&str, &str> {
    c.zones
        .iter()
        .map(|z| (z.id.as_str(), z.name.as_str()))
        .collect()
}

fn region_shapes(c: &RegionConfig) -> BTreeMap<&str, RegionShape<'_>> {
    c.regions
        .iter()
        .map(|r| {
            let mut shards: Vec<u16> = r.shards.iter().map(|s| s.id.get()).collect();
            shards.sort_unstable();
            let shape = RegionShape {
                zone: r.zone.as_str(),
                name: &r.name,
                bucket: &r.bucket,
                shards,
            };
            (r.id.as_str(), shape)
        })
        .collect()
}

/// Reports each key whose value differs, or that only one side has.
fn diff<V: PartialEq + std::fmt::Debug>(
    what: &str,
    local: &BTreeMap<&str, V>,
    prod: &BTreeMap<&str, V>,
    problems: &mut Vec<String>,
) {
    let keys: BTreeSet<&str> = local.keys().chain(prod.keys()).copied().collect();
    for key in keys {
        match (local.get(key), prod.get(key)) {
            (Some(l), Some(p)) if l != p => problems.push(format!(
                "{what} {key}: {LOCAL_LABEL} has {l:?}, {PROD_LABEL} has {p:?}"
            )),
            (Some(_), None) => problems.push(format!(
                "{what} {key} is in {LOCAL_LABEL}, not in {PROD_LABEL}"
            )),
            (None, Some(_)) => problems.push(format!(
                "{what} {key} is in {PROD_LABEL}, not in {LOCAL_LABEL}"
            )),
            _ => {}
        }
    }
}

fn check_configs_agree(local: &RegionConfig, prod: &RegionConfig) -> Vec<String> {
    let mut problems = Vec::new();
    diff(
        "zone",
        &zone_shapes(local),
        &zone_shapes(prod),
        &mut problems,
    );
    diff(
        "region",
        &region_shapes(local),
        &region_shapes(prod),
        &mut problems,
    );
    problems
}

// ---------------------------------------------------------------------------------------------
// Check 4: one overlay per region; every shard has its highly available Cluster there, in the
// region's namespace; no Cluster for a shard of another region or of none; one directory.

fn check_clusters(config: &RegionConfig, m: &Manifests) -> Vec<String> {
    let mut problems = Vec::new();
    let overlays: BTreeSet<&str> = m
        .tree
        .keys()
        .filter_map(|f| f.strip_prefix("overlays/")?.split_once('/'))
        .map(|(overlay, _)| overlay)
        .collect();
    for overlay in &overlays {
        if !config.regions.iter().any(|r| r.id.as_str() == *overlay) {
            problems.push(format!(
                "infra/k8s/overlays/{overlay}: no region {overlay} in {PROD_LABEL}"
            ));
        }
    }
    let mut directories = Vec::new();
    for r in &config.regions {
        let folder = format!("overlays/{}", r.id);
        if !overlays.contains(r.id.as_str()) {
            problems.push(format!("region {}: no overlay infra/k8s/{folder}", r.id));
            continue;
        }
        let Some(k) = m.kustomization(&folder) else {
            problems.push(format!(
                "infra/k8s/{folder}: no parsable kustomization.yaml"
            ));
            continue;
        };
        let namespace = namespace_of(r);
        if let Some(ns) = k.str(&["namespace"])
            && ns != namespace
        {
            problems.push(format!(
                "{}: namespace is {ns}, expected {namespace}",
                k.at()
            ));
        }
        // Labels kustomize puts on everything: a copied overlay keeps the old region's.
        for l in seq(&k.value, &["labels"]) {
            for (key, expected) in [
                ("cadre.dev/region", r.id.as_str()),
                ("cadre.dev/zone", r.zone.as_str()),
            ] {
                if let Some(v) = get_str(l, &["pairs", key])
                    && v != expected
                {
                    problems.push(format!(
                        "{}: labels {key} is {v}, expected {expected}",
                        k.at()
                    ));
                }
            }
        }

        let rendered = m.rendered(&folder);
        if !rendered
            .iter()
            .any(|(d, _)| d.kind() == "Namespace" && d.name() == namespace)
        {
            problems.push(format!("infra/k8s/{folder}: no Namespace {namespace}"));
        }
        for (d, effective) in &rendered {
            if CLUSTER_SCOPED.contains(&d.kind()) {
                continue;
            }
            // Kustomize would override it, but a disagreeing namespace is a copy-paste error.
            if let Some(own) = d.str(&["metadata", "namespace"])
                && own != namespace
            {
                problems.push(format!(
                    "{}: metadata.namespace is {own}, expected {namespace}",
                    d.label()
                ));
            }
            if effective.as_deref() != Some(namespace.as_str()) {
                problems.push(format!(
                    "{}: would be applied in namespace {}, not {namespace}",
                    d.label(),
                    effective.as_deref().unwrap_or("of the kubectl context")
                ));
            }
        }

        let clusters: Vec<&Doc> = rendered
            .iter()
            .map(|(d, _)| *d)
            .filter(|d| d.is_cnpg("Cluster"))
            .collect();
        for s in &r.shards {
            let name = format!("shard-{}", s.id.get());
            match clusters.iter().filter(|d| d.name() == name).count() {
                0 => problems.push(format!(
                    "region {} shard {}: no CloudNativePG Cluster {name:?} in infra/k8s/{folder}",
                    r.id,
                    s.id.get()
                )),
                1 => {}
                n => problems.push(format!(
                    "region {} shard {}: {n} Clusters named {name:?} in infra/k8s/{folder}",
                    r.id,
                    s.id.get()
                )),
            }
        }
        for d in &clusters {
            problems.extend(check_cluster_shape(d));
            let mut expected = vec![
                ("cadre.dev/region", r.id.to_string()),
                ("cadre.dev/zone", r.zone.to_string()),
                ("cadre.dev/bucket", r.bucket.clone()),
            ];
            let name = d.name();
            if name == "directory" {
                directories.push((r, *d));
            } else if let Some(id) = name.strip_prefix("shard-") {
                match id.parse::<u16>() {
                    Ok(id) if r.shards.iter().any(|s| s.id.get() == id) => {
                        expected.push(("cadre.dev/shard-id", id.to_string()));
                    }
                    Ok(id) => {
                        let home = config.shards().find(|(_, s)| s.id.get() == id);
                        problems.push(match home {
                            Some((home, _)) => format!(
                                "{}: shard {id} belongs to region {}, not {}",
                                d.label(),
                                home.id,
                                r.id
                            ),
                            None => format!("{}: shard {id} is not in {PROD_LABEL}", d.label()),
                        });
                    }
                    Err(_) => {
                        problems.push(format!("{}: expected shard-<id> or directory", d.label()))
                    }
                }
            } else {
                problems.push(format!(
                    "{}: unknown Cluster; expected shard-<id> (a shard of regions.toml) or directory",
                    d.label()
                ));
            }
            // Metadata copied from another region's file would mislead operators and alerts.
            for meta in ["labels", "annotations"] {
                for (key, value) in &expected {
                    if let Some(v) = d.str(&["metadata", meta, *key])
                        && v != value.as_str()
                    {
                        problems.push(format!(
                            "{}: metadata.{meta}.{key} is {v}, expected {value}",
                            d.label()
                        ));
                    }
                }
            }
        }

        // Every Cluster gets its daily base backup; a backup of a Cluster not here fails.
        let backups: Vec<(&Doc, &str)> = rendered
            .iter()
            .map(|(d, _)| *d)
            .filter(|d| d.is_cnpg("ScheduledBackup"))
            .map(|d| (d, d.str(&["spec", "cluster", "name"]).unwrap_or_default()))
            .collect();
        for c in &clusters {
            if !backups.iter().any(|(_, name)| *name == c.name()) {
                problems.push(format!("{}: no ScheduledBackup", c.label()));
            }
        }
        for (b, name) in &backups {
            if !clusters.iter().any(|c| c.name() == *name) {
                problems.push(format!(
                    "{}: spec.cluster.name {name:?} is no Cluster of infra/k8s/{folder}",
                    b.label()
                ));
            }
        }
    }
    problems.extend(check_directory(&directories, m));
    problems
}

/// A Cluster keeps every acknowledged commit through the loss of its primary: two instances
/// or more, a commit confirmed by at least one standby of the same Cluster (whose instances
/// `check_zones` keeps in the region), and WAL archived.
fn check_cluster_shape(d: &Doc) -> Vec<String> {
    let mut problems = Vec::new();
    let label = d.label();
    let instances = get(&d.value, &["spec", "instances"]).and_then(Value::as_u64);
    match instances {
        None => problems.push(format!(
            "{label}: spec.instances is missing or not a number"
        )),
        Some(n) if n < 2 => problems.push(format!(
            "{label}: spec.instances is {n}; a primary needs at least one standby (2 or more)"
        )),
        Some(_) => {}
    }
    // CloudNativePG >= 1.25 says `spec.postgresql.synchronous`; older files `minSyncReplicas`.
    if let Some(sync) = get(&d.value, &["spec", "postgresql", "synchronous"]) {
        let method = get_str(sync, &["method"]);
        if !matches!(method, Some("any" | "first")) {
            problems.push(format!(
                "{label}: spec.postgresql.synchronous.method is {}, expected any or first",
                method.unwrap_or("missing")
            ));
        }
        match get(sync, &["number"]).and_then(Value::as_u64) {
            Some(n) if n >= 1 => {
                if let Some(i) = instances
                    && n >= i
                {
                    problems.push(format!(
                        "{label}: spec.postgresql.synchronous.number is {n}, but {i} instances have only {} standbys",
                        i.saturating_sub(1)
                    ));
                }
            }
            other => problems.push(format!(
                "{label}: spec.postgresql.synchronous.number is {}; at least 1 standby must confirm each commit",
                other.map_or("missing".to_owned(), |n| n.to_string())
            )),
        }
    } else if get(&d.value, &["spec", "minSyncReplicas"])
        .and_then(Value::as_u64)
        .is_none_or(|n| n == 0)
    {
        problems.push(format!(
            "{label}: no synchronous replication (spec.postgresql.synchronous, or spec.minSyncReplicas >= 1): a failover could lose acknowledged commits"
        ));
    }
    let destination = ["spec", "backup", "barmanObjectStore", "destinationPath"];
    if d.str(&destination).is_none() {
        problems.push(format!(
            "{label}: no spec.backup.barmanObjectStore.destinationPath: WAL is not archived"
        ));
    }
    problems
}

/// The platform has one directory Cluster, and `cadre.toml` points at its primary.
fn check_directory(directories: &[(&RegionSpec, &Doc)], m: &Manifests) -> Vec<String> {
    let [(region, _)] = directories else {
        return vec![format!(
            "{} CloudNativePG Clusters named \"directory\" in the overlays; there must be exactly one",
            directories.len()
        )];
    };
    let Some(text) = m.tree.get(SERVE_CONFIG) else {
        return vec![format!("infra/k8s/{SERVE_CONFIG} is missing")];
    };
    let line = Regex::new(r#"(?m)^\s*directory\s*=\s*"([^"]*)""#).expect("valid regex");
    let Some(url) = line.captures(text).map(|c| c[1].to_owned()) else {
        return vec![format!(
            "infra/k8s/{SERVE_CONFIG}: no `directory = \"...\"` line"
        )];
    };
    let expected = namespace_of(region);
    match endpoint_host(&url).map(service_and_namespace) {
        Some(("directory-rw", Some(ns))) if ns == expected => Vec::new(),
        _ => vec![format!(
            "infra/k8s/{SERVE_CONFIG}: directory = {url:?}, but the directory Cluster's primary is directory-rw in namespace {expected}"
        )],
    }
}

// ---------------------------------------------------------------------------------------------
// Check 5: nothing leaves its sovereignty zone. Cluster instances and the region's Deployments
// run on the region's nodes, backups go to the region's bucket, no Cluster replicates or
// restores from a source in another zone, and production endpoints stay in their region.

fn check_zones(config: &RegionConfig, m: &Manifests) -> Vec<String> {
    let mut problems = Vec::new();
    for r in &config.regions {
        let folder = format!("overlays/{}", r.id);
        // A missing overlay is check_clusters' to report.
        let Some(k) = m.kustomization(&folder) else {
            continue;
        };
        if !pins_deployments(k, r.id.as_str()) {
            problems.push(format!(
                "{}: no patch pins the Deployments to nodes labelled {REGION_NODE_LABEL}: {}; the gateway and jobs runner hold personal data in memory",
                k.at(),
                r.id
            ));
        }
        if !limits_jobs_runner(k, r.id.as_str()) {
            problems.push(format!(
                "{}: no patch sets CADRE_REGION={} on the cadre-jobs Deployment: its durable-job runner would run every region's jobs here",
                k.at(),
                r.id
            ));
        }
        for d in m.clusters(&folder) {
            let label = d.label();
            match d.str(&["spec", "affinity", "nodeSelector", REGION_NODE_LABEL]) {
                Some(v) if v == r.id.as_str() => {}
                other => problems.push(format!(
                    "{label}: spec.affinity.nodeSelector {REGION_NODE_LABEL} is {}, expected {}: its primary and standbys could run outside the region",
                    other.unwrap_or("missing"),
                    r.id
                )),
            }
            if let Some(dest) = d.str(&["spec", "backup", "barmanObjectStore", "destinationPath"])
                && s3_bucket(dest) != Some(r.bucket.as_str())
            {
                problems.push(format!(
                    "{label}: backups go to {dest}, not to the region's bucket s3://{}/",
                    r.bucket
                ));
            }
            problems.extend(check_sources(d, r, config));
        }
    }
    problems
}

/// Whether a patch of the kustomization sets the region's nodeSelector on every Deployment
/// (inline JSON 6902 operations or a strategic-merge patch).
fn pins_deployments(k: &Doc, region: &str) -> bool {
    let selects = |selector: Option<&Value>| {
        selector.and_then(|s| get_str(s, &[REGION_NODE_LABEL])) == Some(region)
    };
    seq(&k.value, &["patches"]).iter().any(|p| {
        // Aimed at all Deployments, not at one by name.
        let all_deployments = get_str(p, &["target", "kind"]) == Some("Deployment")
            && get(p, &["target", "name"]).is_none();
        let Some(patch) =
            get_str(p, &["patch"]).and_then(|text| serde_yaml::from_str::<Value>(text).ok())
        else {
            return false;
        };
        let sets = match &patch {
            Value::Sequence(ops) => ops.iter().any(|op| {
                matches!(get_str(op, &["op"]), Some("add" | "replace"))
                    && get_str(op, &["path"]) == Some("/spec/template/spec/nodeSelector")
                    && selects(op.get("value"))
            }),
            _ => selects(get(&patch, &["spec", "template", "spec", "nodeSelector"])),
        };
        all_deployments && sets
    })
}

/// Whether a patch of the kustomization adds `CADRE_REGION=<region>` to the jobs runner's
/// environment (inline JSON 6902 operations on the `cadre-jobs` Deployment).
fn limits_jobs_runner(k: &Doc, region: &str) -> bool {
    seq(&k.value, &["patches"]).iter().any(|p| {
        let jobs = get_str(p, &["target", "kind"]) == Some("Deployment")
            && get_str(p, &["target", "name"]) == Some("cadre-jobs");
        let Some(Value::Sequence(ops)) =
            get_str(p, &["patch"]).and_then(|text| serde_yaml::from_str::<Value>(text).ok())
        else {
            return false;
        };
        jobs && ops.iter().any(|op| {
            get_str(op, &["op"]) == Some("add")
                && get_str(op, &["path"]) == Some("/spec/template/spec/containers/0/env/-")
                && get_str(op, &["value", "name"]) == Some("CADRE_REGION")
                && get_str(op, &["value", "value"]) == Some(region)
        })
    })
}

/// Where a Cluster can take data from: `replica.source`/`primary` and bootstrap sources name
/// entries of `externalClusters`.
const SOURCE_PATHS: [&[&str]; 4] = [
    &["spec", "replica", "source"],
    &["spec", "replica", "primary"],
    &["spec", "bootstrap", "pg_basebackup", "source"],
    &["spec", "bootstrap", "recovery", "source"],
];

/// No external cluster of `d` (a replica or bootstrap source) lies in another zone, and each
/// one can be placed: a source this test cannot tie to a region is reported too.
fn check_sources(d: &Doc, r: &RegionSpec, config: &RegionConfig) -> Vec<String> {
    let mut problems = Vec::new();
    let label = d.label();
    let externals = seq(&d.value, &["spec", "externalClusters"]);
    for (i, e) in externals.iter().enumerate() {
        let name = get_str(e, &["name"]).unwrap_or_default();
        let places = external_places(e, r, config);
        if places.is_empty() {
            problems.push(format!(
                "{label}: externalClusters[{i}] ({name}): cannot tell its region; give a host <service>.cadre-<region>.svc… or a bucket of regions.toml"
            ));
        }
        for place in places {
            match place {
                Ok(other) if other.zone != r.zone => problems.push(format!(
                    "{label}: externalClusters[{i}] ({name}) is in region {} (zone {}), outside zone {}: replicating or restoring from it moves personal data across zones",
                    other.id, other.zone, r.zone
                )),
                Ok(_) => {}
                Err(clue) => problems.push(format!(
                    "{label}: externalClusters[{i}] ({name}): cannot tell which region {clue} is in"
                )),
            }
        }
    }
    // A source outside externalClusters is refused by CloudNativePG; it also escapes the
    // placement above.
    for path in SOURCE_PATHS {
        if let Some(source) = d.str(path)
            && !externals
                .iter()
                .any(|e| get_str(e, &["name"]) == Some(source))
        {
            problems.push(format!(
                "{label}: {} names {source:?}, which is not in spec.externalClusters",
                path.join(".")
            ));
        }
    }
    problems
}

/// The regions an `externalClusters` entry points into, one per clue: its host
/// (`<service>.cadre-<region>.…`; a bare service name is in the Cluster's own namespace), its
/// object-store bucket, and any region id in its name. Err names a clue that fits no region.
fn external_places<'c>(
    e: &Value,
    own: &'c RegionSpec,
    config: &'c RegionConfig,
) -> Vec<Result<&'c RegionSpec, String>> {
    let mut places = Vec::new();
    if let Some(host) = get_str(e, &["connectionParameters", "host"]) {
        places.push(match service_and_namespace(host) {
            (_, None) => Ok(own),
            (_, Some(ns)) => region_of_namespace(config, ns).ok_or_else(|| format!("host {host}")),
        });
    }
    if let Some(dest) = get_str(e, &["barmanObjectStore", "destinationPath"]) {
        places.push(
            s3_bucket(dest)
                .and_then(|b| region_of_bucket(config, b))
                .ok_or_else(|| format!("bucket {dest}")),
        );
    }
    let name = get_str(e, &["name"]).unwrap_or_default();
    places.extend(
        config
            .regions
            .iter()
            .filter(|r| name.contains(r.id.as_str()))
            .map(Ok),
    );
    places
}

/// Production endpoints of a shard are services of its own Cluster in its own region's
/// namespace: `shard-<id>-rw` for the primary, `shard-<id>-ro` (or `-r`) for the standby. So
/// the standby, like the primary, is never in another region or zone.
fn check_endpoints(config: &RegionConfig) -> Vec<String> {
    let mut problems = Vec::new();
    for (r, s) in config.shards() {
        let id = s.id.get();
        let namespace = namespace_of(r);
        let at = format!("{PROD_LABEL}: region {} shard {id}", r.id);
        let roles = [
            ("primary", &s.primary, vec![format!("shard-{id}-rw")]),
            (
                "standby",
                &s.standby,
                vec![format!("shard-{id}-ro"), format!("shard-{id}-r")],
            ),
        ];
        for (role, url, services) in roles {
            let Some(url) = url else {
                problems.push(format!("{at}: no {role} endpoint"));
                continue;
            };
            let Some(host) = endpoint_host(url) else {
                problems.push(format!("{at}: {role} {url} has no host"));
                continue;
            };
            let (service, ns) = service_and_namespace(host);
            if ns != Some(namespace.as_str()) {
                let place = ns
                    .and_then(|ns| region_of_namespace(config, ns))
                    .map_or(String::new(), |o| {
                        format!(" (region {}, zone {})", o.id, o.zone)
                    });
                problems.push(format!(
                    "{at}: {role} {url} is not in namespace {namespace}{place}"
                ));
            } else if !services.iter().any(|x| x == service) {
                problems.push(format!(
                    "{at}: {role} {url} names service {service}, expected {}",
                    services.join(" or ")
                ));
            }
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// Check 6: Terraform creates exactly the regions' buckets, where the Clusters look for them.

/// One entry of `locals.regions` in `regions.tf`.
#[derive(Debug)]
struct TfRegion {
    /// 1-based line number.
    line: usize,
    /// Its string attributes: zone, bucket, aws_region, partition.
    attrs: BTreeMap<String, String>,
}

impl TfRegion {
    fn attr(&self, key: &str) -> &str {
        self.attrs.get(key).map_or("", String::as_str)
    }
}

/// Reads `regions = { "<id>" = { zone = "…", bucket = "…", … } … }` line by line, the shape
/// regions.tf has. A line of another shape inside the map is an error rather than skipped, so
/// a reformatted file fails here instead of hiding a bucket.
fn parse_tf_regions(text: &str) -> Result<BTreeMap<String, TfRegion>, String> {
    let start = Regex::new(r"^\s*regions\s*=\s*\{\s*$").expect("valid regex");
    let entry = Regex::new(r#"^\s*"?([A-Za-z0-9_-]+)"?\s*=\s*\{(.*)\}\s*,?\s*(#.*)?$"#)
        .expect("valid regex");
    let attr = Regex::new(r#"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*"([^"]*)""#).expect("valid regex");
    let mut lines = text.lines().enumerate();
    if !lines.by_ref().any(|(_, line)| start.is_match(line)) {
        return Err(format!("{TF_REGIONS}: no `regions = {{` map"));
    }
    let mut regions = BTreeMap::new();
    for (i, line) in lines {
        let code = line.trim();
        if code.is_empty() || code.starts_with('#') || code.starts_with("//") {
            continue;
        }
        if code == "}" {
            return Ok(regions);
        }
        let caps = entry.captures(line).ok_or_else(|| {
            format!(
                "{TF_REGIONS}:{}: cannot read {code:?}; expected one entry per line: \"<region>\" = {{ zone = \"…\", bucket = \"…\", aws_region = \"…\", partition = \"…\" }}",
                i + 1
            )
        })?;
        let attrs = attr
            .captures_iter(&caps[2])
            .map(|c| (c[1].to_owned(), c[2].to_owned()))
            .collect();
        if regions
            .insert(caps[1].to_owned(), TfRegion { line: i + 1, attrs })
            .is_some()
        {
            return Err(format!(
                "{TF_REGIONS}:{}: region {} appears twice",
                i + 1,
                &caps[1]
            ));
        }
    }
    Err(format!(
        "{TF_REGIONS}: the `regions = {{` map is not closed"
    ))
}

fn check_buckets(config: &RegionConfig, terraform: &Tree, m: &Manifests) -> Vec<String> {
    let Some(text) = terraform.get("regions.tf") else {
        return vec![format!("{TF_REGIONS} is missing")];
    };
    let tf = match parse_tf_regions(text) {
        Ok(tf) => tf,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    // The partitions Terraform creates buckets in (`r.partition == "…"` filters feeding one
    // module per provider configuration): an entry of any other partition gets no bucket.
    let filter = Regex::new(r#"\.partition\s*==\s*"([^"]+)""#).expect("valid regex");
    let handled: BTreeSet<&str> = filter
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|g| g.as_str())
        .collect();
    for r in &config.regions {
        let Some(e) = tf.get(r.id.as_str()) else {
            problems.push(format!(
                "region {}: no entry in locals.regions of {TF_REGIONS}, so Terraform creates no bucket {}",
                r.id, r.bucket
            ));
            continue;
        };
        let at = format!("{TF_REGIONS}:{}: region {}", e.line, r.id);
        if e.attr("bucket") != r.bucket {
            problems.push(format!(
                "{at}: bucket is {:?}, regions.toml says {:?}",
                e.attr("bucket"),
                r.bucket
            ));
        }
        if e.attr("zone") != r.zone.as_str() {
            problems.push(format!(
                "{at}: zone is {:?}, regions.toml says {:?}",
                e.attr("zone"),
                r.zone.as_str()
            ));
        }
        let (aws_region, partition) = (e.attr("aws_region"), e.attr("partition"));
        if aws_region.is_empty() {
            problems.push(format!("{at}: no aws_region"));
        }
        // Mainland China regions are a separate AWS partition (own account and provider).
        if aws_region.starts_with("cn-") != (partition == "aws-cn") {
            problems.push(format!(
                "{at}: aws_region {aws_region} with partition {partition:?}; cn-* regions are in aws-cn, the others in aws"
            ));
        }
        if !handled.is_empty() && !handled.contains(partition) {
            problems.push(format!(
                "{at}: partition {partition:?} is none of those Terraform creates buckets in ({})",
                handled.iter().copied().collect::<Vec<_>>().join(", ")
            ));
        }
        // CloudNativePG must reach the bucket at the AWS region Terraform puts it in.
        let expected = format!(
            "https://s3.{aws_region}.amazonaws.com{}",
            if partition == "aws-cn" { ".cn" } else { "" }
        );
        for d in m.clusters(&format!("overlays/{}", r.id)) {
            if let Some(url) = d.str(&["spec", "backup", "barmanObjectStore", "endpointURL"])
                && url.trim_end_matches('/') != expected
            {
                problems.push(format!(
                    "{}: endpointURL is {url}, but Terraform puts bucket {} in {aws_region} ({expected})",
                    d.label(),
                    r.bucket
                ));
            }
        }
    }
    for (id, e) in &tf {
        if !config.regions.iter().any(|r| r.id.as_str() == id) {
            problems.push(format!(
                "{TF_REGIONS}:{}: region {id} is not in regions.toml; Terraform would create bucket {:?} for an unknown region",
                e.line,
                e.attr("bucket")
            ));
        }
    }
    // The module takes bucket names from the map; a literal name elsewhere must still be a
    // region's bucket.
    let literal = Regex::new(r#"(?m)^\s*bucket\s*=\s*"([^"]+)""#).expect("valid regex");
    for (file, text) in terraform {
        for c in literal.captures_iter(text) {
            if region_of_bucket(config, &c[1]).is_none() {
                problems.push(format!(
                    "infra/terraform/{file}: bucket {:?} is no region's bucket in regions.toml",
                    &c[1]
                ));
            }
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// The checks on the real files.

fn assert_clean(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what}: {} problem(s):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[test]
fn every_manifest_parses_and_says_what_it_is() {
    let m = Manifests::new(&infra().k8s);
    assert_clean("YAML under infra/k8s", &check_documents(&m));
}

#[test]
fn kustomizations_name_existing_files_and_leave_none_out() {
    let m = Manifests::new(&infra().k8s);
    assert_clean("kustomizations", &check_kustomizations(&m));
}

#[test]
fn production_and_local_regions_agree() {
    let local = parse_config(LOCAL_LABEL, &infra().local_text);
    assert_clean(
        "production vs local regions.toml",
        &check_configs_agree(&local, &infra().prod),
    );
}

#[test]
fn every_shard_has_its_cluster_in_its_region() {
    let m = Manifests::new(&infra().k8s);
    assert_clean("overlays and Clusters", &check_clusters(&infra().prod, &m));
    // Not vacuous: one Cluster per shard, plus the directory.
    let clusters: usize = infra()
        .prod
        .regions
        .iter()
        .map(|r| m.clusters(&format!("overlays/{}", r.id)).len())
        .sum();
    assert_eq!(clusters, infra().prod.shards().count() + 1);
}

#[test]
fn nothing_leaves_its_zone() {
    let m = Manifests::new(&infra().k8s);
    assert_clean(
        "placement, backups, replicas",
        &check_zones(&infra().prod, &m),
    );
    assert_clean("production endpoints", &check_endpoints(&infra().prod));
}

#[test]
fn every_region_has_its_bucket_in_terraform() {
    let m = Manifests::new(&infra().k8s);
    assert_clean(
        "Terraform buckets",
        &check_buckets(&infra().prod, &infra().terraform, &m),
    );
}

// ---------------------------------------------------------------------------------------------
// Anti-vacuity: each check on a deliberately broken copy.

/// `needle` is reported for the broken copy and was not for the real files: the check sees
/// exactly this damage.
fn assert_caused(clean: &[String], broken: &[String], needle: &str) {
    assert!(
        !clean.iter().any(|p| p.contains(needle)),
        "reported before any damage: {needle:?}\n  {}",
        clean.join("\n  ")
    );
    assert!(
        broken.iter().any(|p| p.contains(needle)),
        "expected a problem containing {needle:?}, got:\n  {}",
        broken.join("\n  ")
    );
}

/// Replaces the first `from` by `to`, failing when `from` is absent: a damage that silently
/// did nothing would let its test pass for the wrong reason.
fn edited(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the text to damage has no {from:?}");
    text.replacen(from, to, 1)
}

fn edit(tree: &mut Tree, file: &str, from: &str, to: &str) {
    let text = tree
        .get_mut(file)
        .unwrap_or_else(|| panic!("no file {file} to damage"));
    *text = edited(text, from, to);
}

fn remove(tree: &mut Tree, file: &str) {
    assert!(tree.remove(file).is_some(), "no file {file} to remove");
}

/// Adds `file` as a copy of `source`, with each `(from, to)` replaced everywhere.
fn copy(tree: &mut Tree, source: &str, file: &str, replacements: &[(&str, &str)]) {
    let mut text = tree
        .get(source)
        .unwrap_or_else(|| panic!("no file {source} to copy"))
        .clone();
    for (from, to) in replacements {
        text = text.replace(from, to);
    }
    tree.insert(file.to_owned(), text);
}

/// Runs a manifest check on the real files and on a copy broken by `damage`, and requires
/// `needle` among the new problems.
fn assert_damage_reported(
    check: impl Fn(&Manifests<'_>) -> Vec<String>,
    damage: impl FnOnce(&mut Tree),
    needle: &str,
) {
    let clean = check(&Manifests::new(&infra().k8s));
    let mut tree = infra().k8s.clone();
    damage(&mut tree);
    let broken = check(&Manifests::new(&tree));
    assert_caused(&clean, &broken, needle);
}

/// A CloudNativePG replica of an external cluster, inserted into a Cluster's spec.
fn replica_of(name: &str, external: &str) -> String {
    format!(
        "  instances: 3\n  replica:\n    enabled: true\n    source: {name}\n  externalClusters:\n    - name: {name}\n{external}"
    )
}

#[test]
fn broken_yaml_is_reported() {
    assert_damage_reported(
        check_documents,
        |t| {
            edit(
                t,
                "overlays/eu-west/shard-2.yaml",
                "  instances: 3",
                "  instances: 3: 4",
            )
        },
        "infra/k8s/overlays/eu-west/shard-2.yaml: document 1:",
    );
    assert_damage_reported(
        check_documents,
        |t| {
            edit(
                t,
                "overlays/eu-west/namespace.yaml",
                "kind: Namespace\n",
                "",
            )
        },
        "overlays/eu-west/namespace.yaml: no kind",
    );
    assert_damage_reported(
        check_documents,
        |t| {
            edit(
                t,
                "overlays/eu-central/scheduled-backups.yaml",
                "  name: directory-daily\n",
                "",
            )
        },
        "overlays/eu-central/scheduled-backups.yaml (document 2): no metadata.name",
    );
    assert_damage_reported(
        check_documents,
        |t| {
            edit(
                t,
                "overlays/us-east/kustomization.yaml",
                "apiVersion: kustomize.config.k8s.io/v1beta1\n",
                "",
            )
        },
        "overlays/us-east/kustomization.yaml: no apiVersion",
    );
}

#[test]
fn broken_kustomizations_are_reported() {
    assert_damage_reported(
        check_kustomizations,
        |t| remove(t, "overlays/us-east/namespace.yaml"),
        "resources entry \"namespace.yaml\" does not exist",
    );
    assert_damage_reported(
        check_kustomizations,
        |t| {
            edit(
                t,
                "overlays/cn-north/kustomization.yaml",
                "  - ../../base\n",
                "",
            )
        },
        "overlays/cn-north/kustomization.yaml: does not include the base",
    );
    assert_damage_reported(
        check_kustomizations,
        |t| remove(t, "base/kustomization.yaml"),
        "resources entry \"../../base\" is a folder without kustomization.yaml",
    );
    assert_damage_reported(
        check_kustomizations,
        |t| remove(t, "base/config/cadre.toml"),
        "configMapGenerator[0] reads \"config/cadre.toml\", which does not exist",
    );
    // A new shard file that nobody lists would never be applied.
    assert_damage_reported(
        check_kustomizations,
        |t| {
            copy(
                t,
                "overlays/eu-west/shard-2.yaml",
                "overlays/eu-west/shard-6.yaml",
                &[("shard-2", "shard-6")],
            )
        },
        "overlays/eu-west/shard-6.yaml: not listed by infra/k8s/overlays/eu-west/kustomization.yaml",
    );
}

#[test]
fn broken_region_files_disagree() {
    let local = &infra().local_text;
    let prod = infra()
        .k8s
        .get(PROD_CONFIG)
        .expect("the production configuration is loaded");
    let clean = check_configs_agree(&parse_config("local", local), &parse_config("prod", prod));
    let cases = [
        // (which file, from, to, expected problem)
        (
            "local",
            "bucket = \"cadre-eu-west\"",
            "bucket = \"cadre-eu-west-2\"",
            "region eu-west: ",
        ),
        ("local", "id = 5", "id = 6", "region ap-southeast: "),
        (
            "local",
            "zone = \"us\"",
            "zone = \"eu\"",
            "region us-east: ",
        ),
        (
            "prod",
            "name = \"Asia-Pacific\"",
            "name = \"APAC\"",
            "zone apac: ",
        ),
    ];
    for (which, from, to, needle) in cases {
        let broken = if which == "local" {
            check_configs_agree(
                &parse_config("local", &edited(local, from, to)),
                &parse_config("prod", prod),
            )
        } else {
            check_configs_agree(
                &parse_config("local", local),
                &parse_config("prod", &edited(prod, from, to)),
            )
        };
        assert_caused(&clean, &broken, needle);
    }
}

#[test]
fn broken_shard_clusters_are_reported() {
    let check = |m: &Manifests<'_>| check_clusters(&infra().prod, m);
    let missing = "region us-east shard 3: no CloudNativePG Cluster \"shard-3\"";
    assert_damage_reported(
        check,
        |t| remove(t, "overlays/us-east/shard-3.yaml"),
        missing,
    );
    // Present on disk but not deployed counts as missing.
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/us-east/kustomization.yaml",
                "  - shard-3.yaml\n",
                "",
            )
        },
        missing,
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/eu-west/shard-2.yaml",
                "  instances: 3",
                "  instances: 1",
            )
        },
        "Cluster shard-2: spec.instances is 1",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/ap-southeast/shard-5.yaml",
                "    synchronous:\n      method: any\n      number: 1\n      dataDurability: required\n",
                "",
            )
        },
        "Cluster shard-5: no synchronous replication",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/cn-north/shard-4.yaml",
                "      number: 1\n",
                "      number: 0\n",
            )
        },
        "Cluster shard-4: spec.postgresql.synchronous.number is 0",
    );
    // A Cluster for a shard that regions.toml does not have.
    assert_damage_reported(
        check,
        |t| {
            copy(
                t,
                "overlays/us-east/shard-3.yaml",
                "overlays/us-east/shard-9.yaml",
                &[("shard-3", "shard-9")],
            );
            edit(
                t,
                "overlays/us-east/kustomization.yaml",
                "  - shard-3.yaml\n",
                "  - shard-3.yaml\n  - shard-9.yaml\n",
            );
        },
        "Cluster shard-9: shard 9 is not in",
    );
    // Another region's shard copied into an overlay.
    assert_damage_reported(
        check,
        |t| {
            copy(
                t,
                "overlays/cn-north/shard-4.yaml",
                "overlays/eu-west/shard-4.yaml",
                &[],
            );
            edit(
                t,
                "overlays/eu-west/kustomization.yaml",
                "  - shard-2.yaml\n",
                "  - shard-2.yaml\n  - shard-4.yaml\n",
            );
        },
        "Cluster shard-4: shard 4 belongs to region cn-north, not eu-west",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/eu-central/shard-1.yaml",
                "namespace: cadre-eu-central",
                "namespace: cadre-eu-west",
            )
        },
        "Cluster shard-1: metadata.namespace is cadre-eu-west, expected cadre-eu-central",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/us-east/kustomization.yaml",
                "namespace: cadre-us-east\n",
                "namespace: cadre-eu-west\n",
            )
        },
        "would be applied in namespace cadre-eu-west, not cadre-us-east",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/eu-west/kustomization.yaml",
                "      cadre.dev/zone: eu\n",
                "      cadre.dev/zone: us\n",
            )
        },
        "labels cadre.dev/zone is us, expected eu",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/us-east/shard-3.yaml",
                "cadre.dev/bucket: cadre-us-east",
                "cadre.dev/bucket: cadre-eu-west",
            )
        },
        "metadata.annotations.cadre.dev/bucket is cadre-eu-west, expected cadre-us-east",
    );
    assert_damage_reported(
        check,
        |t| remove(t, "overlays/eu-west/scheduled-backups.yaml"),
        "Cluster shard-2: no ScheduledBackup",
    );
}

#[test]
fn broken_overlay_set_and_directory_are_reported() {
    let check = |m: &Manifests<'_>| check_clusters(&infra().prod, m);
    assert_damage_reported(
        check,
        |t| {
            copy(
                t,
                "overlays/eu-west/kustomization.yaml",
                "overlays/eu-north/kustomization.yaml",
                &[],
            )
        },
        "infra/k8s/overlays/eu-north: no region eu-north",
    );
    assert_damage_reported(
        check,
        |t| t.retain(|file, _| !file.starts_with("overlays/ap-southeast/")),
        "region ap-southeast: no overlay",
    );
    assert_damage_reported(
        check,
        |t| remove(t, "overlays/eu-central/directory.yaml"),
        "0 CloudNativePG Clusters named \"directory\"",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                SERVE_CONFIG,
                "directory-rw.cadre-eu-central",
                "directory-rw.cadre-eu-west",
            )
        },
        "cadre.toml: directory = ",
    );
}

#[test]
fn broken_zone_boundaries_are_reported() {
    let check = |m: &Manifests<'_>| check_zones(&infra().prod, m);
    let eu_west = "overlays/eu-west/shard-2.yaml";
    // A jobs runner in cn-north that would also run other regions' jobs.
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/cn-north/kustomization.yaml",
                "name: CADRE_REGION\n          value: cn-north",
                "name: CADRE_REGION\n          value: eu-west",
            )
        },
        "no patch sets CADRE_REGION=cn-north on the cadre-jobs Deployment",
    );
    // A replica in eu-west of a Beijing primary: Chinese personal data would flow to the EU.
    assert_damage_reported(
        check,
        |t| {
            let beijing = "      connectionParameters:\n        host: shard-4-rw.cadre-cn-north.svc.clusterset.local\n        dbname: cadre_shard\n";
            edit(
                t,
                eu_west,
                "  instances: 3\n",
                &replica_of("beijing", beijing),
            );
        },
        "Cluster shard-2: externalClusters[0] (beijing) is in region cn-north (zone cn), outside zone eu",
    );
    // The same through another region's bucket (a replica fed from a WAL archive).
    assert_damage_reported(
        check,
        |t| {
            let archive =
                "      barmanObjectStore:\n        destinationPath: s3://cadre-us-east/postgres\n";
            edit(
                t,
                eu_west,
                "  instances: 3\n",
                &replica_of("archive", archive),
            );
        },
        "externalClusters[0] (archive) is in region us-east (zone us)",
    );
    // A host that names no region cannot be shown to be in the zone.
    assert_damage_reported(
        check,
        |t| {
            let outside = "      connectionParameters:\n        host: db.example.com\n";
            edit(
                t,
                eu_west,
                "  instances: 3\n",
                &replica_of("elsewhere", outside),
            );
        },
        "cannot tell which region host db.example.com is in",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                eu_west,
                "  instances: 3\n",
                "  instances: 3\n  replica:\n    enabled: true\n    source: ghost\n",
            )
        },
        "spec.replica.source names \"ghost\", which is not in spec.externalClusters",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/us-east/shard-3.yaml",
                "topology.kubernetes.io/region: us-east",
                "topology.kubernetes.io/region: cn-north",
            )
        },
        "Cluster shard-3: spec.affinity.nodeSelector",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                eu_west,
                "destinationPath: s3://cadre-eu-west/postgres",
                "destinationPath: s3://cadre-us-east/postgres",
            )
        },
        "Cluster shard-2: backups go to s3://cadre-us-east/postgres",
    );
    assert_damage_reported(
        check,
        |t| {
            edit(
                t,
                "overlays/eu-west/kustomization.yaml",
                "topology.kubernetes.io/region: eu-west",
                "topology.kubernetes.io/region: us-east",
            )
        },
        "overlays/eu-west/kustomization.yaml: no patch pins the Deployments",
    );

    // Precision: a replica of a source in the same zone (eu-central for eu-west) is allowed.
    let mut tree = infra().k8s.clone();
    let frankfurt = "      connectionParameters:\n        host: shard-1-rw.cadre-eu-central.svc.clusterset.local\n        dbname: cadre_shard\n";
    edit(
        &mut tree,
        eu_west,
        "  instances: 3\n",
        &replica_of("frankfurt", frankfurt),
    );
    assert_clean(
        "a same-zone replica",
        &check_zones(&infra().prod, &Manifests::new(&tree)),
    );
}

#[test]
fn broken_production_endpoints_are_reported() {
    let prod = infra()
        .k8s
        .get(PROD_CONFIG)
        .expect("the production configuration is loaded");
    let clean = check_endpoints(&infra().prod);
    let cases = [
        (
            "shard-1-ro.cadre-eu-central",
            "shard-1-ro.cadre-cn-north",
            "region eu-central shard 1: standby postgres://shard-1-ro.cadre-cn-north.svc.clusterset.local:5432/cadre_shard is not in namespace cadre-eu-central (region cn-north, zone cn)",
        ),
        (
            "shard-3-rw.cadre-us-east",
            "shard-2-rw.cadre-us-east",
            "region us-east shard 3: primary postgres://shard-2-rw.cadre-us-east.svc.clusterset.local:5432/cadre_shard names service shard-2-rw",
        ),
        (
            "standby = \"postgres://shard-5-ro.cadre-ap-southeast.svc.clusterset.local:5432/cadre_shard\"\n",
            "",
            "region ap-southeast shard 5: no standby endpoint",
        ),
    ];
    for (from, to, needle) in cases {
        let broken = check_endpoints(&parse_config("prod", &edited(prod, from, to)));
        assert_caused(&clean, &broken, needle);
    }
}

#[test]
fn broken_terraform_buckets_are_reported() {
    let m = Manifests::new(&infra().k8s);
    let clean = check_buckets(&infra().prod, &infra().terraform, &m);
    // (expected problem, damage to the Terraform files)
    type Damage = fn(&mut Tree);
    let terraform_cases: [(&str, Damage); 6] = [
        ("region us-east: no entry in locals.regions", |t| {
            let text = t.get_mut("regions.tf").expect("regions.tf is loaded");
            let kept: String = text
                .lines()
                .filter(|l| !l.contains("\"us-east\""))
                .map(|l| format!("{l}\n"))
                .collect();
            assert_eq!(
                kept.lines().count() + 1,
                text.lines().count(),
                "one us-east line"
            );
            *text = kept;
        }),
        ("region mars-base is not in regions.toml", |t| {
            edit(
                t,
                "regions.tf",
                "  regions = {\n",
                "  regions = {\n    \"mars-base\" = { zone = \"mars\", bucket = \"cadre-mars\", aws_region = \"us-west-2\", partition = \"aws\" }\n",
            )
        }),
        ("region eu-west: bucket is \"cadre-eu-west-old\"", |t| {
            edit(
                t,
                "regions.tf",
                "bucket = \"cadre-eu-west\"",
                "bucket = \"cadre-eu-west-old\"",
            )
        }),
        (
            "region cn-north: aws_region cn-north-1 with partition \"aws\"",
            |t| {
                edit(
                    t,
                    "regions.tf",
                    "partition = \"aws-cn\"",
                    "partition = \"aws\"",
                )
            },
        ),
        ("cannot read", |t| {
            edit(
                t,
                "regions.tf",
                "zone = \"eu\", bucket = \"cadre-eu-west\"",
                "zone = \"eu\",\n      bucket = \"cadre-eu-west\"",
            )
        }),
        ("infra/terraform/extra.tf: bucket \"cadre-shadow\"", |t| {
            t.insert(
                "extra.tf".to_owned(),
                "resource \"aws_s3_bucket\" \"shadow\" {\n  bucket = \"cadre-shadow\"\n}\n"
                    .to_owned(),
            );
        }),
    ];
    for (needle, damage) in terraform_cases {
        let mut terraform = infra().terraform.clone();
        damage(&mut terraform);
        let broken = check_buckets(&infra().prod, &terraform, &m);
        assert_caused(&clean, &broken, needle);
    }
    // A Cluster that backs up to the right bucket at the wrong AWS endpoint.
    assert_damage_reported(
        |m| check_buckets(&infra().prod, &infra().terraform, m),
        |t| {
            edit(
                t,
                "overlays/eu-west/shard-2.yaml",
                "https://s3.eu-west-3.amazonaws.com",
                "https://s3.eu-west-1.amazonaws.com",
            )
        },
        "Cluster shard-2: endpointURL is https://s3.eu-west-1.amazonaws.com",
    );
}
