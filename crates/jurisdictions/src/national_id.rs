//! National identifier checks: the pack's full-match pattern plus its check-digit algorithm.

use regex::Regex;

use crate::model::{Checksum, NationalId};

/// Compiles a pack pattern; patterns are anchored by the pack (`^...$`), and we anchor again
/// so that a pattern missing them cannot accept a number embedded in other text.
pub fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&format!("^(?:{pattern})$"))
}

/// Why a national identifier was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdProblem {
    Format,
    Checksum,
}

/// Checks `value` (separators already removed) against the pack's format and checksum.
pub fn check(spec: &NationalId, value: &str) -> Result<(), IdProblem> {
    let pattern = compile(&spec.pattern).map_err(|_| IdProblem::Format)?;
    if !pattern.is_match(value) {
        return Err(IdProblem::Format);
    }
    let ok = match spec.checksum {
        Checksum::None => true,
        Checksum::Luhn => luhn(value),
        Checksum::Iso7064Mod11_10 => mod11_10(value),
        Checksum::Iso7064Mod11_2 => mod11_2(value),
        Checksum::Iso7064Mod97_10 => mod97_10(value),
        Checksum::Verhoeff => verhoeff(value),
        Checksum::Mod11Weighted => mod11_weighted(value, spec.weights.as_deref().unwrap_or(&[])),
    };
    if ok { Ok(()) } else { Err(IdProblem::Checksum) }
}

fn digits(value: &str) -> Option<Vec<u32>> {
    value.chars().map(|c| c.to_digit(10)).collect()
}

pub fn luhn(value: &str) -> bool {
    let Some(d) = digits(value) else { return false };
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                if x * 2 > 9 { x * 2 - 9 } else { x * 2 }
            } else {
                x
            }
        })
        .sum();
    !d.is_empty() && sum.is_multiple_of(10)
}

/// ISO 7064 MOD 11,10 (hybrid system): valid when the running check ends at 1.
pub fn mod11_10(value: &str) -> bool {
    let Some(d) = digits(value) else { return false };
    let mut check = 5;
    for x in d {
        let c = if check == 0 { 10 } else { check };
        check = ((c * 2) % 11 + x) % 10;
    }
    check == 1
}

/// ISO 7064 MOD 11-2 (pure system, check character `X` = 10): valid when the sum ends at 1.
pub fn mod11_2(value: &str) -> bool {
    let mut check = 0;
    for c in value.chars() {
        let x = match c {
            'X' | 'x' => 10,
            c => match c.to_digit(10) {
                Some(x) => x,
                None => return false,
            },
        };
        check = (2 * check + x) % 11;
    }
    check == 1
}

/// ISO 7064 MOD 97-10 (as in IBAN): letters count as 10..35; valid when the number ≡ 1 mod 97.
pub fn mod97_10(value: &str) -> bool {
    let mut rem: u32 = 0;
    for c in value.chars() {
        let Some(x) = c.to_digit(36) else {
            return false;
        };
        rem = if x >= 10 {
            (rem * 100 + x) % 97
        } else {
            (rem * 10 + x) % 97
        };
    }
    rem == 1
}

pub fn verhoeff(value: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 8, 7, 0, 6],
        [4, 2, 8, 6, 5, 7, 0, 3, 9, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let Some(d) = digits(value) else { return false };
    let mut c = 0u8;
    for (i, &x) in d.iter().rev().enumerate() {
        c = D[c as usize][P[i % 8][x as usize] as usize];
    }
    !d.is_empty() && c == 0
}

/// Weighted mod 11, in one of two conventions chosen by the number of weights:
/// - one weight per digit (NL BSN, AT SVNR, IS kennitala): the weighted sum ≡ 0 (mod 11);
/// - one weight per digit before a final check digit (BR CPF, JP My Number, AR CUIL): the check
///   digit is `(11 - sum mod 11) mod 11`, with a result of 10 written as 0.
pub fn mod11_weighted(value: &str, weights: &[i32]) -> bool {
    let Some(d) = digits(value) else { return false };
    let weighted = |n: usize| -> i64 {
        d.iter()
            .zip(weights)
            .take(n)
            .map(|(&x, &w)| i64::from(x) * i64::from(w))
            .sum()
    };
    if weights.len() == d.len() {
        weighted(d.len()).rem_euclid(11) == 0
    } else if weights.len() + 1 == d.len() {
        let check = (11 - weighted(weights.len()).rem_euclid(11)) % 11 % 10;
        i64::from(d[d.len() - 1]) == check
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Published example numbers: Luhn 79927398713 (ISO/IEC 7812 worked example), Verhoeff 2363
    // (the algorithm's standard example), DE IdNr 36574261809 (python-stdnum de.idnr doctest),
    // CN resident ID 11010519491231002X (GB 11643 example, ISO 7064 MOD 11-2),
    // NL BSN 111222333 (the Dutch government's test BSN), BR CPF 52998224725 (common example).
    #[test]
    fn known_valid_numbers() {
        assert!(luhn("79927398713") && !luhn("79927398710"));
        assert!(verhoeff("2363") && !verhoeff("2364"));
        assert!(mod11_10("36574261809") && !mod11_10("36574261808"));
        assert!(mod11_2("11010519491231002X") && !mod11_2("110105194912310021"));
        assert!(mod97_10("98") && !mod97_10("97"));
        assert!(mod11_weighted("111222333", &[9, 8, 7, 6, 5, 4, 3, 2, -1]));
        assert!(!mod11_weighted("111222334", &[9, 8, 7, 6, 5, 4, 3, 2, -1]));
        assert!(mod11_weighted(
            "52998224725",
            &[11, 10, 9, 8, 7, 6, 5, 4, 3, 2]
        ));
        assert!(!mod11_weighted(
            "52998224724",
            &[11, 10, 9, 8, 7, 6, 5, 4, 3, 2]
        ));
    }

    #[test]
    fn patterns_are_anchored_even_if_the_pack_forgot() {
        let re = compile("[0-9]{3}").expect("valid pattern");
        assert!(re.is_match("123") && !re.is_match("x1234"));
    }
}
