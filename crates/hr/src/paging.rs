//! Keyset pages over time-ordered ids, and the cross-shard fan-out that merges them.
//!
//! A list reads the same window on every shard it spans (each returns at most `limit + 1`
//! rows after the cursor, in id order) and keeps the first `limit` of the merge. Ids are
//! UUIDv7s, unique across shards, so the merged order is total and a cursor (the last id
//! served) resumes exactly where the page ended: rows written meanwhile behind the cursor
//! are not served twice, and no row that existed throughout is skipped.

use std::future::Future;

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The slice of a list one request reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Only items whose key is above this one (the cursor).
    pub after: Option<Uuid>,
    /// Only items changed after this instant (for incremental sync).
    pub updated_after: Option<DateTime<Utc>>,
    /// At most this many items.
    pub limit: i64,
}

impl Window {
    /// How many rows a shard should return: one more than the page, to tell whether more
    /// follow.
    pub fn fetch_limit(&self) -> i64 {
        self.limit + 1
    }
}

/// One page of a list.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The items, in key order.
    pub items: Vec<T>,
    /// Whether more follow.
    pub more: bool,
}

impl<T> Page<T> {
    /// Cuts rows read with [`Window::fetch_limit`] to a page.
    pub fn from_rows(mut rows: Vec<T>, window: &Window) -> Self {
        let more = rows.len() as i64 > window.limit;
        rows.truncate(usize::try_from(window.limit).unwrap_or(0));
        Page { items: rows, more }
    }
}

/// Items listed by a time-ordered, globally unique key.
pub trait Keyed {
    /// The key lists are ordered by.
    fn key(&self) -> Uuid;
}

/// Reads `window` on every shard at once and merges the pages by key.
pub async fn fan_out<S, T, E, F, Fut>(
    shards: impl IntoIterator<Item = S>,
    window: &Window,
    read: F,
) -> Result<Page<T>, E>
where
    F: Fn(S, Window) -> Fut,
    Fut: Future<Output = Result<Page<T>, E>>,
    T: Keyed,
{
    let pages =
        futures_util::future::try_join_all(shards.into_iter().map(|s| read(s, *window))).await?;
    let more = pages.iter().any(|p| p.more);
    let mut items: Vec<T> = pages.into_iter().flat_map(|p| p.items).collect();
    items.sort_by_key(Keyed::key);
    let mut page = Page::from_rows(items, window);
    page.more |= more;
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    struct Item(u128);
    impl Keyed for Item {
        fn key(&self) -> Uuid {
            Uuid::from_u128(self.0)
        }
    }

    /// A shard holding `keys`, read as the repositories do.
    fn read(keys: Vec<u128>, w: Window) -> std::future::Ready<Result<Page<Item>, ()>> {
        let rows: Vec<Item> = keys
            .into_iter()
            .filter(|k| w.after.is_none_or(|a| Uuid::from_u128(*k) > a))
            .take(usize::try_from(w.fetch_limit()).unwrap_or(0))
            .map(Item)
            .collect();
        std::future::ready(Ok(Page::from_rows(rows, &w)))
    }

    fn block<F: Future>(f: F) -> F::Output {
        futures_util::FutureExt::now_or_never(f).expect("ready")
    }

    #[test]
    fn pages_across_shards_cover_every_key_once_in_order() {
        let shards = [vec![1, 4, 7, 10], vec![2, 5, 8], vec![3, 6, 9, 11, 12]];
        let mut seen = Vec::new();
        let mut w = Window {
            after: None,
            updated_after: None,
            limit: 5,
        };
        loop {
            let page = block(fan_out(shards.clone(), &w, read)).expect("reads");
            seen.extend(page.items.iter().map(|i| i.0));
            if !page.more {
                break;
            }
            w.after = page.items.last().map(Keyed::key);
        }
        assert_eq!(seen, (1..=12).collect::<Vec<_>>());
    }

    #[test]
    fn a_full_last_page_says_whether_more_follow() {
        let w = Window {
            after: None,
            updated_after: None,
            limit: 3,
        };
        let page = block(fan_out([vec![1, 2], vec![3]], &w, read)).expect("reads");
        assert!(!page.more);
        let page = block(fan_out([vec![1, 2], vec![3, 4]], &w, read)).expect("reads");
        assert!(page.more);
        assert_eq!(page.items.len(), 3);
    }
}
