//! The `YYYY-MM-DD` form of a day, as a date field (`<input type="date">`) gives and takes it.

use chrono::NaiveDate;

/// Reads exactly `YYYY-MM-DD` (chrono's own parser also takes spaces and unpadded numbers, which a date field
/// never sends); `None` for anything else or a day that does not exist.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r.clone())
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|_| text[r].parse().ok())
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// The `YYYY-MM-DD` form of a day (chrono's `Display`, four-digit years: the clock keeps to 2000–2099).
pub fn iso_date(d: NaiveDate) -> String {
    d.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_form_is_read_and_it_round_trips() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(iso_date(day), "2026-03-09");
        assert_eq!(parse_iso_date("2026-03-09"), Some(day));
        for bad in [
            "2026-3-09",
            "2026-03-9 ",
            " 2026-03-09",
            "2026/03/09",
            "2026-02-30",
            "+026-03-09",
            "",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad:?}");
        }
    }
}
