//! Dotted numbers of areas and activities ("3.1", "3.1.2").
//!
//! Numbers are compared segment by segment, so "3.10" sorts after "3.9", as a reader expects.

use std::fmt;
use std::str::FromStr;

/// A dotted number such as `3.1` (an area) or `3.1.2` (an activity).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Number(Vec<u32>);

/// Why a text is not a valid dotted number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing at all, or an empty segment ("3..1", "3.1.").
    EmptySegment,
    /// A segment with something other than digits ("3.a", "3.1)").
    NotDigits,
    /// A segment with a leading zero ("3.01"): it would sort and read ambiguously.
    LeadingZero,
    /// A segment too large to be a real number in a plan.
    TooLarge,
}

impl Number {
    /// The segments, outermost first.
    pub fn segments(&self) -> &[u32] {
        &self.0
    }

    /// The number without its last segment: an activity's area, an area's section.
    pub fn parent(&self) -> Option<Number> {
        (self.0.len() > 1).then(|| Number(self.0[..self.0.len() - 1].to_vec()))
    }

    /// The last segment: an activity's position within its area.
    pub fn last(&self) -> u32 {
        self.0.last().copied().unwrap_or(0)
    }

    /// This number with one more segment.
    pub fn child(&self, last: u32) -> Number {
        let mut segments = self.0.clone();
        segments.push(last);
        Number(segments)
    }

    /// Whether `self` is `prefix` followed by more segments.
    pub fn starts_with(&self, prefix: &Number) -> bool {
        self.0.len() > prefix.0.len() && self.0.starts_with(&prefix.0)
    }
}

/// The `count` numbers closest to `wanted`, for "did you mean" suggestions: the longest shared
/// prefix wins, then the smallest difference segment by segment ("3.1.9" -> 3.1.8, 3.1.7, …).
pub fn nearest<'n>(
    wanted: &Number,
    candidates: impl IntoIterator<Item = &'n Number>,
    count: usize,
) -> Vec<&'n Number> {
    let distance = |candidate: &Number| -> Vec<u64> {
        let length = wanted.0.len().max(candidate.0.len());
        (0..length)
            .map(|i| {
                let (a, b) = (wanted.0.get(i).copied(), candidate.0.get(i).copied());
                u64::from(a.unwrap_or(0).abs_diff(b.unwrap_or(0))) + u64::from(a.is_none() != b.is_none())
            })
            .collect()
    };
    let mut ranked: Vec<(Vec<u64>, &Number)> = candidates.into_iter().map(|c| (distance(c), c)).collect();
    ranked.sort();
    ranked.into_iter().take(count).map(|(_, number)| number).collect()
}

impl FromStr for Number {
    type Err = NumberError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.split('.').map(parse_segment).collect::<Result<_, _>>().map(Number)
    }
}

fn parse_segment(segment: &str) -> Result<u32, NumberError> {
    if segment.is_empty() {
        return Err(NumberError::EmptySegment);
    }
    if !segment.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotDigits);
    }
    if segment.len() > 1 && segment.starts_with('0') {
        return Err(NumberError::LeadingZero);
    }
    segment.parse().map_err(|_| NumberError::TooLarge)
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{segment}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(text: &str) -> Number {
        text.parse().expect("valid number")
    }

    #[test]
    fn parses_and_prints_back() {
        assert_eq!(n("3.1.2").segments(), &[3, 1, 2]);
        assert_eq!(n("3.1.2").to_string(), "3.1.2");
    }

    #[test]
    fn rejects_malformed_numbers() {
        assert_eq!("3..1".parse::<Number>(), Err(NumberError::EmptySegment));
        assert_eq!("".parse::<Number>(), Err(NumberError::EmptySegment));
        assert_eq!("3.1.".parse::<Number>(), Err(NumberError::EmptySegment));
        assert_eq!("3.1.01".parse::<Number>(), Err(NumberError::LeadingZero));
        assert_eq!("3.1)".parse::<Number>(), Err(NumberError::NotDigits));
        assert_eq!("3.-1".parse::<Number>(), Err(NumberError::NotDigits));
        assert_eq!("3.99999999999".parse::<Number>(), Err(NumberError::TooLarge));
    }

    #[test]
    fn sorts_numerically_not_textually() {
        assert!(n("3.9") < n("3.10"));
        assert!(n("3.1.9") < n("3.1.10"));
        assert!(n("3.1") < n("3.1.1"));
    }

    #[test]
    fn nearest_prefers_the_same_area_then_the_closest_position() {
        let plan: Vec<Number> =
            ["3.1.1", "3.1.6", "3.1.7", "3.1.8", "3.2.1", "3.9.1", "3.9.3"].map(n).to_vec();
        let names =
            |wanted: &str| nearest(&n(wanted), &plan, 3).iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(names("3.1.9"), ["3.1.8", "3.1.7", "3.1.6"]);
        assert_eq!(names("9.9.9"), ["3.9.3", "3.9.1", "3.2.1"]);
        assert_eq!(names("3.2"), ["3.2.1", "3.1.1", "3.1.6"]);
        assert!(nearest(&n("3.1.1"), &[], 3).is_empty());
    }

    #[test]
    fn knows_its_family() {
        assert_eq!(n("3.1.2").parent(), Some(n("3.1")));
        assert_eq!(n("3").parent(), None);
        assert_eq!(n("3.1").child(4), n("3.1.4"));
        assert!(n("3.1.2").starts_with(&n("3.1")));
        assert!(!n("3.1").starts_with(&n("3.1")));
        assert!(!n("3.10.1").starts_with(&n("3.1")));
        assert_eq!(n("3.1.7").last(), 7);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,12}") {
            let _ = text.parse::<Number>();
        }

        #[test]
        fn numbers_read_back_as_written(segments in proptest::collection::vec(0u32..100_000, 1..5)) {
            let number = Number(segments);
            prop_assert_eq!(number.to_string().parse::<Number>(), Ok(number));
        }
    }
}
