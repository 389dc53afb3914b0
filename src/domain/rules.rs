//! The rule ids of `docs/rules.md`, so every decision can say which rules it applied.

use std::fmt;

macro_rules! rules {
    ($($variant:ident => $id:literal,)*) => {
        /// A rule of the spec, by its id.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(non_camel_case_types)] // `R3_2` reads as the spec's `R3.2`
        pub enum Rule { $($variant),* }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The id as the spec writes it: `"R3.2"`.
            pub const fn id(self) -> &'static str {
                match self { $(Rule::$variant => $id),* }
            }
        }
    };
}

rules! {
    R1_1 => "R1.1", R1_2 => "R1.2", R1_3 => "R1.3", R1_4 => "R1.4", R1_5 => "R1.5", R1_MSA => "R1 (interpretation)",
    R2_1 => "R2.1", R2_2 => "R2.2", R2_3 => "R2.3",
    R3_1 => "R3.1", R3_2 => "R3.2", R3_3 => "R3.3",
    R4_1 => "R4.1", R4_2 => "R4.2", R4_3 => "R4.3", R4_4 => "R4.4", R4_5 => "R4.5",
    R5_1 => "R5.1", R5_2 => "R5.2", R5_3 => "R5.3",
    R6_1 => "R6.1", R6_2 => "R6.2", R6_3 => "R6.3", R6_4 => "R6.4", R6_5 => "R6.5", R6_6 => "R6.6", R6_7 => "R6.7",
    R7_1 => "R7.1", R7_2 => "R7.2", R7_3 => "R7.3", R7_4 => "R7.4",
    R8_1 => "R8.1",
    R9_1 => "R9.1", R9_2 => "R9.2",
    R10_1 => "R10.1",
}

impl Rule {
    /// Whether the rule rests, in part or whole, on the app's reading where the article is silent: exactly the
    /// rules with an *Interpretation* line in docs/rules.md (tests/traceability.rs holds the two together).
    pub const fn is_interpretation(self) -> bool {
        use Rule::*;
        matches!(
            self,
            R1_1 | R1_MSA
                | R2_1
                | R2_3
                | R3_1
                | R3_2
                | R4_3
                | R4_4
                | R4_5
                | R5_3
                | R6_5
                | R6_6
                | R7_2
                | R7_3
                | R7_4
                | R10_1
        )
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Rule ids as the UI lists them: `"R3.1 · R3.3"`.
pub fn rule_ids(rules: &[Rule]) -> String {
    rules.iter().map(|r| r.id()).collect::<Vec<_>>().join(" · ")
}
