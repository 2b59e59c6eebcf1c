//! The packs in the repository load with no problem: CI fails on any invalid pack.

use cadre_jurisdictions::{Library, Sources};

#[test]
fn every_pack_in_the_repository_is_valid() {
    if let Err(e) = Library::load(&Sources::embedded()) {
        panic!("{e}");
    }
}
