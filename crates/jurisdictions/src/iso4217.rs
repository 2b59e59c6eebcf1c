//! ISO 4217 currency codes, so packs cannot cite a currency that does not exist.

/// Active codes: ISO 4217 as shipped in pycountry 26.2.16 (the pin in
/// `jurisdictions/tools/requirements.txt`).
const ACTIVE: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF",
    "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF",
    "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
    "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR",
    "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
    "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
    "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB",
    "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
    "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH",
    "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAD",
    "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF",
    "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
];

/// Withdrawn codes that dated pack versions may still name (replaced on the date given).
const HISTORIC: &[&str] = &[
    "BGN", // Bulgarian lev, replaced by EUR on 2026-01-01
    "HRK", // Croatian kuna, replaced by EUR on 2023-01-01
    "ANG", // Netherlands Antillean guilder, replaced by XCG on 2025-03-31
    "SLL", // Sierra Leonean leone, redenominated to SLE in 2022
    "ZWL", // Zimbabwean dollar, replaced by ZWG in 2024
    "VEF", // Venezuelan bolívar fuerte, replaced by VES in 2018
    "MRO", // Mauritanian ouguiya, redenominated to MRU in 2018
    "STD", // São Tomé and Príncipe dobra, redenominated to STN in 2018
];

/// Whether `code` is an ISO 4217 code (active or one of the listed withdrawn ones).
pub fn is_code(code: &str) -> bool {
    ACTIVE.binary_search(&code).is_ok() || HISTORIC.contains(&code)
}

#[cfg(test)]
mod tests {
    #[test]
    fn active_list_is_sorted_for_binary_search() {
        assert!(super::ACTIVE.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_code("EUR") && super::is_code("BGN") && !super::is_code("EURO"));
    }
}
