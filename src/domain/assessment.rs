//! Assessment mode (issue 36): a trainer composes an assessment from the challenges (which ones, in order, the pass
//! mark, an optional time limit) and shares it as a link; a trainee takes it without hints, each challenge from its
//! start state, and **Check my work** records the result without saying what is missing until the end; the score is
//! the share of challenges complete. Plain data and transitions: the pages render them, `state` stores and reads
//! the results files.

use serde::{Deserialize, Serialize};

use super::challenges::{self, ChallengeId, Checked, GoalKind};
use super::rules::Rule;

/// The most a pass mark can ask (a percentage).
pub const MAX_PASS_MARK: u8 = 100;
/// The longest time limit, in minutes (a long training session).
pub const MAX_MINUTES: u16 = 240;
/// The longest trainee name kept, in characters.
pub const MAX_NAME: usize = 80;

/// What a trainer composed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The challenges, in the order the trainee takes them: one to all ten, none twice.
    pub challenges: Vec<ChallengeId>,
    /// The score needed to pass, 1 to 100 (percent of the challenges complete).
    pub pass_mark: u8,
    /// Minutes for the whole assessment, if limited (1 to 240).
    pub minutes: Option<u16>,
}

/// Why an assessment, or its code in a link, cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentProblem {
    NoChallenge,
    /// A challenge listed twice.
    Repeated(ChallengeId),
    /// A name in the code that is no challenge of this app.
    UnknownChallenge(String),
    /// Not 1 to 100.
    PassMark(String),
    /// Not 1 to 240, or `-` for none.
    Minutes(String),
    /// Not `challenges/pass mark/minutes`.
    NotACode,
}

impl Assessment {
    /// The problems of a composed assessment, first found first; none for one a trainee can take.
    pub fn check(&self) -> Result<(), AssessmentProblem> {
        if self.challenges.is_empty() {
            return Err(AssessmentProblem::NoChallenge);
        }
        if let Some((_, c)) = self
            .challenges
            .iter()
            .enumerate()
            .find(|(i, c)| self.challenges[..*i].contains(c))
        {
            return Err(AssessmentProblem::Repeated(*c));
        }
        if !(1..=MAX_PASS_MARK).contains(&self.pass_mark) {
            return Err(AssessmentProblem::PassMark(self.pass_mark.to_string()));
        }
        if let Some(m) = self.minutes.filter(|m| !(1..=MAX_MINUTES).contains(m)) {
            return Err(AssessmentProblem::Minutes(m.to_string()));
        }
        Ok(())
    }

    /// The assessment as the fragment of its link (`#assessment=CODE`): the challenges' slugs joined by `,`, the
    /// pass mark and the minutes (`-` for none), separated by `/`: `activate-the-benefits,a-year-later/80/30`.
    /// Readable, so a trainer can see in the link what it asks.
    pub fn code(&self) -> String {
        let slugs: Vec<&str> = self.challenges.iter().map(|c| c.slug()).collect();
        let minutes = self
            .minutes
            .map_or_else(|| "-".to_owned(), |m| m.to_string());
        format!("{}/{}/{minutes}", slugs.join(","), self.pass_mark)
    }

    /// Reads a code `code()` wrote, with every check; the first problem found.
    pub fn from_code(code: &str) -> Result<Assessment, AssessmentProblem> {
        let mut parts = code.trim().split('/');
        let (Some(list), Some(pass), Some(minutes), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(AssessmentProblem::NotACode);
        };
        let challenges = list
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| {
                ChallengeId::from_slug(s)
                    .ok_or_else(|| AssessmentProblem::UnknownChallenge(s.into()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let pass_mark = number(pass)
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| AssessmentProblem::PassMark(pass.into()))?;
        let minutes = match minutes {
            "-" => None,
            m => Some(
                number(m)
                    .and_then(|n| u16::try_from(n).ok())
                    .ok_or_else(|| AssessmentProblem::Minutes(m.into()))?,
            ),
        };
        let assessment = Assessment {
            challenges,
            pass_mark,
            minutes,
        };
        assessment.check()?;
        Ok(assessment)
    }

    /// A short id of the assessment, the same wherever its code is read (FNV-1a of the code, 8 hex digits): what a
    /// results file names, so the trainer's table takes only results of this assessment.
    pub fn id(&self) -> String {
        let hash = self.code().bytes().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        format!("{hash:08x}")
    }
}

/// Stored as its link code (`code()`), read back with every check of `from_code`.
impl Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Assessment::from_code(&code)
            .map_err(|_| serde::de::Error::custom("not an assessment code of this app"))
    }
}

/// Digits only (no sign, no space, no leading `+`), as a number.
fn number(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// How one challenge of an attempt ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChallengeResult {
    pub challenge: ChallengeId,
    /// Per goal of the challenge, in its order: met at the last **Check my work** (empty when never checked).
    pub met: Vec<bool>,
    /// How many times the trainee checked.
    pub checks: u32,
    /// Seconds spent on it.
    pub seconds: u32,
}

impl ChallengeResult {
    /// Every goal met at the last check (false when never checked).
    pub fn complete(&self) -> bool {
        !self.met.is_empty() && self.met.iter().all(|m| *m)
    }

    /// The challenge's goals, each met or not at the last check (not met when never checked), with its rules.
    pub fn goals(&self) -> Vec<(GoalKind, bool, &'static [Rule])> {
        challenges::goals(self.challenge)
            .iter()
            .enumerate()
            .map(|(i, g)| (g.kind, self.met.get(i).copied().unwrap_or(false), g.rules))
            .collect()
    }

    /// The rules the challenge's goals apply, in the order of `Rule`, each once.
    pub fn rules(&self) -> Vec<Rule> {
        let mut rules: Vec<Rule> = challenges::goals(self.challenge)
            .iter()
            .flat_map(|g| g.rules.iter().copied())
            .collect();
        rules.sort();
        rules.dedup();
        rules
    }
}

/// A trainee's attempt at an assessment. Times are seconds since the attempt started, given by the caller (the
/// browser's clock), so the transitions stay pure. Kept in the stored document while it is taken, so a reload
/// loses nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    pub assessment: Assessment,
    /// The name as typed (trimmed; 1 to 80 characters).
    pub trainee: String,
    /// One per challenge done with, in order; the one being worked on is the next.
    pub results: Vec<ChallengeResult>,
    /// The last check of the challenge being worked on (each goal met or not), kept without being shown.
    last: Option<Vec<bool>>,
    checks: u32,
    /// When the challenge being worked on began.
    began: u32,
    /// Set when the attempt ended: by the last challenge, or the time limit.
    pub ended: Option<u32>,
    /// The caller's clock when the attempt started (seconds since 1970 in the app), from which it counts `now`.
    pub started_at: u64,
}

/// Why an attempt cannot start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttemptProblem {
    NoName,
    NameTooLong,
    Assessment(AssessmentProblem),
}

impl Attempt {
    pub fn start(assessment: Assessment, trainee: &str) -> Result<Attempt, AttemptProblem> {
        assessment.check().map_err(AttemptProblem::Assessment)?;
        let trainee = trainee.trim();
        if trainee.is_empty() {
            return Err(AttemptProblem::NoName);
        }
        if trainee.chars().count() > MAX_NAME {
            return Err(AttemptProblem::NameTooLong);
        }
        Ok(Attempt {
            assessment,
            trainee: trainee.to_owned(),
            results: Vec::new(),
            last: None,
            checks: 0,
            began: 0,
            ended: None,
            started_at: 0,
        })
    }

    /// The challenge being worked on, `None` once the attempt has ended.
    pub fn current(&self) -> Option<ChallengeId> {
        if self.ended.is_some() {
            return None;
        }
        self.assessment.challenges.get(self.results.len()).copied()
    }

    /// Which challenge is being worked on, counted from 1 (`0` once the attempt has ended): what a step of the
    /// attempt names, so a step meant for another challenge is not taken.
    pub fn step(&self) -> usize {
        if self.ended.is_some() {
            0
        } else {
            self.results.len() + 1
        }
    }

    /// Whether the challenge being worked on has been checked.
    pub fn checked(&self) -> bool {
        self.last.is_some()
    }

    /// Seconds left at `now`, if the assessment is timed.
    pub fn seconds_left(&self, now: u32) -> Option<u32> {
        self.assessment
            .minutes
            .map(|m| (u32::from(m) * 60).saturating_sub(now))
    }

    /// **Check my work** at `now`: the result is recorded for the current challenge, and nothing is returned to
    /// show (what is missing is told at the end). Past the time limit the attempt ends instead.
    pub fn check(&mut self, checked: Checked, now: u32) {
        // A clock set back never moves an attempt back: its times only grow.
        let now = now.max(self.began);
        if self.end_if_late(now) || self.current().is_none() {
            return;
        }
        self.last = Some(checked.goals.iter().map(|g| g.met).collect());
        self.checks += 1;
    }

    /// **Next challenge** (or **Finish** on the last) at `now`: the current challenge's last check becomes its
    /// result. Past the time limit the attempt ends instead.
    pub fn next(&mut self, now: u32) {
        let now = now.max(self.began);
        if self.end_if_late(now) {
            return;
        }
        let Some(challenge) = self.current() else {
            return;
        };
        self.close(challenge, now);
        if self.current().is_none() {
            self.ended = Some(now);
        }
    }

    /// Ends the attempt when `now` is past the time limit: the challenge being worked on keeps its last check, the
    /// ones not reached count as not done. Whether it ended.
    pub fn end_if_late(&mut self, now: u32) -> bool {
        if self.ended.is_some() {
            return true;
        }
        if self.seconds_left(now) != Some(0) {
            return false;
        }
        let limit = u32::from(self.assessment.minutes.unwrap_or_default()) * 60;
        while let Some(challenge) = self.current() {
            self.close(challenge, limit);
        }
        self.ended = Some(limit);
        true
    }

    fn close(&mut self, challenge: ChallengeId, now: u32) {
        self.results.push(ChallengeResult {
            challenge,
            met: self.last.take().unwrap_or_default(),
            checks: std::mem::take(&mut self.checks),
            seconds: now.saturating_sub(self.began),
        });
        self.began = now;
    }

    /// What makes a stored attempt impossible (edited by hand, or damaged), if anything: its name, its results
    /// not the assessment's challenges in order, a check with another number of goals than its challenge has, or
    /// an end before its last challenge.
    pub fn problem(&self) -> Option<&'static str> {
        let trainee = self.trainee.trim();
        if trainee != self.trainee || trainee.is_empty() || trainee.chars().count() > MAX_NAME {
            return Some("the trainee's name is empty, padded or longer than 80 characters");
        }
        let asked = &self.assessment.challenges;
        let in_order = self.results.len() <= asked.len()
            && self
                .results
                .iter()
                .zip(asked)
                .all(|(r, c)| r.challenge == *c);
        if !in_order {
            return Some("its results are not the assessment's challenges, in its order");
        }
        let goals = |c: ChallengeId| challenges::goals(c).len();
        let wrong = |met: &[bool], c: ChallengeId| !met.is_empty() && met.len() != goals(c);
        if self.results.iter().any(|r| wrong(&r.met, r.challenge))
            || self
                .current()
                .zip(self.last.as_deref())
                .is_some_and(|(c, met)| wrong(met, c))
        {
            return Some("a check has another number of goals than its challenge");
        }
        if self.ended.is_some() != (self.results.len() == asked.len()) {
            return Some("it ended before its last challenge, or not after it");
        }
        None
    }

    /// The score so far: the percentage of the assessment's challenges complete, rounded down.
    pub fn score(&self) -> u8 {
        let complete = self.results.iter().filter(|r| r.complete()).count();
        score(complete, self.assessment.challenges.len())
    }

    /// Whether the score reaches the pass mark.
    pub fn passed(&self) -> bool {
        self.score() >= self.assessment.pass_mark
    }
}

/// The percentage of `total` challenges that are `complete`, rounded down (at most 100): what a results file must
/// say too, so an edited score shows.
pub fn score(complete: usize, total: usize) -> u8 {
    if total == 0 {
        return 0;
    }
    u8::try_from((complete.min(total) * 100) / total).unwrap_or(100)
}

/// One row of the trainer's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub trainee: String,
    pub score: u8,
    pub passed: bool,
    pub seconds: u32,
    /// Per challenge of the assessment, in its order: complete or not.
    pub complete: Vec<bool>,
}

/// The words of the CSV in the trainer's language: the first four columns' headings, and yes and no.
pub struct CsvWords<'a> {
    pub header: [&'a str; 4],
    pub yes: &'a str,
    pub no: &'a str,
}

/// The trainer's table as CSV (RFC 4180: comma separated, CRLF, fields quoted when needed), with a header naming
/// each challenge by its slug. A field beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed
/// with `'`, so a spreadsheet shows it as text instead of running it as a formula.
pub fn csv(assessment: &Assessment, rows: &[Row], words: &CsvWords) -> String {
    let mut out = String::new();
    let mut line = |fields: Vec<String>| {
        let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    let mut head: Vec<String> = words.header.iter().map(|h| (*h).to_owned()).collect();
    head.extend(assessment.challenges.iter().map(|c| c.slug().to_owned()));
    line(head);
    for row in rows {
        let mut fields = vec![
            row.trainee.clone(),
            row.score.to_string(),
            if row.passed { words.yes } else { words.no }.to_owned(),
            row.seconds.to_string(),
        ];
        fields.extend(
            row.complete
                .iter()
                .map(|c| if *c { "1" } else { "0" }.to_owned()),
        );
        line(fields);
    }
    out
}

fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}
