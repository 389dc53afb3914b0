//! The state as JSON, written and read by hand through `json::Value` in exactly the layout serde's derives use
//! (externally tagged enums, newtypes as their inner value, dates as `YYYY-MM-DD`), so documents stay
//! compatible and a host property test can compare the two byte for byte. Why by hand: see `json`.

use chrono::{Datelike, NaiveDate};

use super::contract::{Association, Contract, PlanRef, SupportRequest};
use super::entitlement::Signature;
use super::ids::{AccessId, ContractId, IdGenerator};
use super::json::{self, Value};
use super::model::{Account, AccountId, AccountKind, Customer, Role, Tenant};
use super::offers::{Competency, Level, Offer, OfferKind, Tier};
use super::presets::PresetId;
use super::state::State;

/// Why a document could not be read: where, and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// A path such as `tenant.offers[2].end`; empty for the document itself.
    pub path: String,
    pub expected: String,
}

type R<T> = Result<T, DecodeError>;

fn fail<T>(path: &str, expected: &str) -> R<T> {
    Err(DecodeError {
        path: path.to_owned(),
        expected: expected.to_owned(),
    })
}

/// Unit-variant enums by name, both ways.
macro_rules! names {
    ($ty:ident { $($variant:ident),* $(,)? }) => {
        impl $ty {
            pub const fn stored_name(self) -> &'static str {
                match self { $($ty::$variant => stringify!($variant)),* }
            }

            pub fn from_stored_name(name: &str) -> Option<$ty> {
                match name { $(stringify!($variant) => Some($ty::$variant),)* _ => None }
            }
        }
    };
}

names!(PresetId {
    GoldCloud,
    SilverHybrid,
    ActionPack,
    CspOnly,
    NoActiveMembership,
    CspAndMpn
});
names!(Role {
    GlobalAdmin,
    MpnPartnerAdmin,
    AdminAgent
});
names!(Level { Silver, Gold });
names!(Tier {
    None,
    ActionPack,
    Silver,
    Gold
});
names!(Signature {
    None,
    Pack5,
    Pack10,
    Unlimited
});
names!(Competency {
    Security,
    CloudBusinessApplications,
    CloudPlatform,
    CloudProductivity,
    EnterpriseMobilityManagement,
    SmallAndMidmarketCloudSolutions,
    DataAnalytics,
    DataPlatform,
    Datacenter,
    DevOps,
    ApplicationDevelopment,
    CollaborationAndContent,
    Messaging,
    WindowsAndDevices,
    Communications,
    ProjectAndPortfolioManagement,
});

// ---- writing

fn s(text: &str) -> Value {
    Value::Str(text.to_owned())
}

fn n(number: impl Into<u64>) -> Value {
    Value::Int(number.into())
}

fn obj(fields: Vec<(&str, Value)>) -> Value {
    Value::Obj(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn tag(name: &str, inner: Value) -> Value {
    obj(vec![(name, inner)])
}

fn list<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    Value::Arr(items.iter().map(f).collect())
}

fn opt<T>(item: Option<&T>, f: impl Fn(&T) -> Value) -> Value {
    item.map_or(Value::Null, f)
}

fn date(d: &NaiveDate) -> Value {
    Value::Str(iso_date(*d))
}

fn offer_kind(k: &OfferKind) -> Value {
    match k {
        OfferKind::ActionPack => s("ActionPack"),
        OfferKind::Competency { competency, level } => tag(
            "Competency",
            obj(vec![
                ("competency", s(competency.stored_name())),
                ("level", s(level.stored_name())),
            ]),
        ),
    }
}

fn plan(p: &PlanRef) -> Value {
    match p {
        PlanRef::PartnerOnPremises(c) => tag("PartnerOnPremises", s(c.as_str())),
        PlanRef::Signature(c) => tag("Signature", s(c.as_str())),
        PlanRef::CloudSolutionProvider => s("CloudSolutionProvider"),
    }
}

pub fn encode(state: &State) -> Value {
    let t = &state.tenant;
    obj(vec![
        ("schema_version", n(state.schema_version)),
        ("preset", opt(state.preset.as_ref(), |p| s(p.stored_name()))),
        ("today", date(&state.today)),
        (
            "tenant",
            obj(vec![
                ("name", s(&t.name)),
                ("mpn_id", opt(t.mpn_id.as_ref(), |m| s(m))),
                ("mpn_associated", Value::Bool(t.mpn_associated)),
                ("csp", Value::Bool(t.csp)),
                (
                    "offers",
                    list(&t.offers, |o| {
                        obj(vec![
                            ("kind", offer_kind(&o.kind)),
                            ("start", date(&o.start)),
                            ("end", date(&o.end)),
                        ])
                    }),
                ),
                (
                    "customers",
                    list(&t.customers, |c| {
                        obj(vec![("id", s(&c.id)), ("name", s(&c.name))])
                    }),
                ),
            ]),
        ),
        (
            "accounts",
            list(&state.accounts, |a| {
                let kind = match &a.kind {
                    AccountKind::Aad { roles } => tag(
                        "Aad",
                        obj(vec![("roles", list(roles, |r| s(r.stored_name())))]),
                    ),
                    AccountKind::Msa => s("Msa"),
                };
                obj(vec![
                    ("id", s(&a.id.0)),
                    ("display_name", s(&a.display_name)),
                    ("email", s(&a.email)),
                    ("kind", kind),
                ])
            }),
        ),
        ("signed_in", opt(state.signed_in.as_ref(), |a| s(&a.0))),
        (
            "contracts",
            list(&state.contracts, |c| {
                obj(vec![
                    ("access_id", s(c.access_id.as_str())),
                    ("contract_id", s(c.contract_id.as_str())),
                    ("start", date(&c.start)),
                    ("end", date(&c.end)),
                    ("tier", s(c.tier.stored_name())),
                    ("on_premises_total", n(c.on_premises_total)),
                    ("on_premises_used", n(c.on_premises_used)),
                    ("signature", s(c.signature.stored_name())),
                    ("signature_used", n(c.signature_used)),
                    ("activated_by", s(&c.activated_by.0)),
                ])
            }),
        ),
        (
            "associations",
            list(&state.associations, |a| {
                obj(vec![
                    ("account", s(&a.account.0)),
                    ("contract", s(a.contract.as_str())),
                ])
            }),
        ),
        (
            "requests",
            list(&state.requests, |r| {
                obj(vec![
                    ("number", s(&r.number)),
                    ("product", s(&r.product)),
                    ("title", s(&r.title)),
                    ("plan", plan(&r.plan)),
                    ("day", date(&r.day)),
                    ("account", s(&r.account.0)),
                ])
            }),
        ),
        ("ids", n(state.ids.seed())),
    ])
}

// ---- reading

fn at(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn field<'v>(v: &'v Value, path: &str, key: &str) -> R<&'v Value> {
    match v {
        Value::Obj(_) => v
            .get(key)
            .map_or_else(|| fail(&at(path, key), "a value (it is missing)"), Ok),
        _ => fail(path, "an object"),
    }
}

fn string(v: &Value, path: &str) -> R<String> {
    match v {
        Value::Str(text) => Ok(text.clone()),
        _ => fail(path, "a string"),
    }
}

fn boolean(v: &Value, path: &str) -> R<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => fail(path, "true or false"),
    }
}

fn whole<T: TryFrom<u64>>(v: &Value, path: &str) -> R<T> {
    match v {
        Value::Int(i) => T::try_from(*i).or_else(|_| fail(path, "a whole number in range")),
        Value::Neg(_) => fail(path, "a whole number in range"),
        _ => fail(path, "a whole number"),
    }
}

fn named<T>(v: &Value, path: &str, from_name: fn(&str) -> Option<T>, what: &str) -> R<T> {
    match v {
        Value::Str(name) => from_name(name).map_or_else(|| fail(path, what), Ok),
        _ => fail(path, what),
    }
}

/// An externally tagged variant: `"Name"` or `{"Name": inner}`.
fn variant<'v>(v: &'v Value, path: &str) -> R<(&'v str, Option<&'v Value>)> {
    match v {
        Value::Str(name) => Ok((name, None)),
        Value::Obj(fields) if fields.len() == 1 => Ok((&fields[0].0, Some(&fields[0].1))),
        _ => fail(path, "a variant name or a one-key object"),
    }
}

fn read_list<T>(v: &Value, path: &str, f: impl Fn(&Value, &str) -> R<T>) -> R<Vec<T>> {
    match v {
        Value::Arr(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| f(item, &format!("{path}[{i}]")))
            .collect(),
        _ => fail(path, "a list"),
    }
}

fn read_opt<T>(v: &Value, path: &str, f: impl Fn(&Value, &str) -> R<T>) -> R<Option<T>> {
    match v {
        Value::Null => Ok(None),
        other => f(other, path).map(Some),
    }
}

fn read_date(v: &Value, path: &str) -> R<NaiveDate> {
    const WHAT: &str = "a date YYYY-MM-DD";
    match v {
        Value::Str(text) => parse_iso_date(text).map_or_else(|| fail(path, WHAT), Ok),
        _ => fail(path, WHAT),
    }
}

/// `YYYY-MM-DD`, as stored and as a date input gives it; `None` for anything else or an impossible day.
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

/// The `YYYY-MM-DD` form of a day.
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn read_offer_kind(v: &Value, path: &str) -> R<OfferKind> {
    match variant(v, path)? {
        ("ActionPack", None) => Ok(OfferKind::ActionPack),
        ("Competency", Some(inner)) => Ok(OfferKind::Competency {
            competency: named(
                field(inner, path, "competency")?,
                &at(path, "competency"),
                Competency::from_stored_name,
                "a competency",
            )?,
            level: named(
                field(inner, path, "level")?,
                &at(path, "level"),
                Level::from_stored_name,
                "Silver or Gold",
            )?,
        }),
        _ => fail(path, "ActionPack or Competency"),
    }
}

fn read_plan(v: &Value, path: &str) -> R<PlanRef> {
    let contract = |inner: &Value| -> R<ContractId> {
        ContractId::parse(&string(inner, path)?).or_else(|_| fail(path, "a 10-digit Contract ID"))
    };
    match variant(v, path)? {
        ("PartnerOnPremises", Some(inner)) => Ok(PlanRef::PartnerOnPremises(contract(inner)?)),
        ("Signature", Some(inner)) => Ok(PlanRef::Signature(contract(inner)?)),
        ("CloudSolutionProvider", None) => Ok(PlanRef::CloudSolutionProvider),
        _ => fail(
            path,
            "PartnerOnPremises, Signature or CloudSolutionProvider",
        ),
    }
}

fn read_account(v: &Value, path: &str) -> R<Account> {
    let f = |key: &str| field(v, path, key);
    let kind_path = at(path, "kind");
    let kind = match variant(f("kind")?, &kind_path)? {
        ("Msa", None) => AccountKind::Msa,
        ("Aad", Some(inner)) => AccountKind::Aad {
            roles: read_list(
                field(inner, &kind_path, "roles")?,
                &at(&kind_path, "roles"),
                |r, p| named(r, p, Role::from_stored_name, "a role"),
            )?,
        },
        _ => return fail(&kind_path, "Aad or Msa"),
    };
    Ok(Account {
        id: AccountId(string(f("id")?, &at(path, "id"))?),
        display_name: string(f("display_name")?, &at(path, "display_name"))?,
        email: string(f("email")?, &at(path, "email"))?,
        kind,
    })
}

fn read_contract(v: &Value, path: &str) -> R<Contract> {
    let f = |key: &str| field(v, path, key);
    let p = |key: &str| at(path, key);
    Ok(Contract {
        access_id: AccessId::parse(&string(f("access_id")?, &p("access_id"))?)
            .or_else(|_| fail(&p("access_id"), "an Access ID like ABCD-1234"))?,
        contract_id: ContractId::parse(&string(f("contract_id")?, &p("contract_id"))?)
            .or_else(|_| fail(&p("contract_id"), "a 10-digit Contract ID"))?,
        start: read_date(f("start")?, &p("start"))?,
        end: read_date(f("end")?, &p("end"))?,
        tier: named(f("tier")?, &p("tier"), Tier::from_stored_name, "a tier")?,
        on_premises_total: whole(f("on_premises_total")?, &p("on_premises_total"))?,
        on_premises_used: whole(f("on_premises_used")?, &p("on_premises_used"))?,
        signature: named(
            f("signature")?,
            &p("signature"),
            Signature::from_stored_name,
            "a Signature level",
        )?,
        signature_used: whole(f("signature_used")?, &p("signature_used"))?,
        activated_by: AccountId(string(f("activated_by")?, &p("activated_by"))?),
    })
}

fn read_tenant(v: &Value, path: &str) -> R<Tenant> {
    let f = |key: &str| field(v, path, key);
    let p = |key: &str| at(path, key);
    Ok(Tenant {
        name: string(f("name")?, &p("name"))?,
        mpn_id: read_opt(f("mpn_id")?, &p("mpn_id"), string)?,
        mpn_associated: boolean(f("mpn_associated")?, &p("mpn_associated"))?,
        csp: boolean(f("csp")?, &p("csp"))?,
        offers: read_list(f("offers")?, &p("offers"), |o, op| {
            Ok(Offer {
                kind: read_offer_kind(field(o, op, "kind")?, &at(op, "kind"))?,
                start: read_date(field(o, op, "start")?, &at(op, "start"))?,
                end: read_date(field(o, op, "end")?, &at(op, "end"))?,
            })
        })?,
        customers: read_list(f("customers")?, &p("customers"), |c, cp| {
            Ok(Customer {
                id: string(field(c, cp, "id")?, &at(cp, "id"))?,
                name: string(field(c, cp, "name")?, &at(cp, "name"))?,
            })
        })?,
    })
}

pub fn decode(v: &Value) -> R<State> {
    let f = |key: &str| field(v, "", key);
    Ok(State {
        schema_version: whole(f("schema_version")?, "schema_version")?,
        preset: read_opt(f("preset")?, "preset", |p, path| {
            named(p, path, PresetId::from_stored_name, "a preset")
        })?,
        today: read_date(f("today")?, "today")?,
        tenant: read_tenant(f("tenant")?, "tenant")?,
        accounts: read_list(f("accounts")?, "accounts", read_account)?,
        signed_in: read_opt(f("signed_in")?, "signed_in", |a, p| {
            string(a, p).map(AccountId)
        })?,
        contracts: read_list(f("contracts")?, "contracts", read_contract)?,
        associations: read_list(f("associations")?, "associations", |a, p| {
            Ok(Association {
                account: AccountId(string(field(a, p, "account")?, &at(p, "account"))?),
                contract: ContractId::parse(&string(field(a, p, "contract")?, &at(p, "contract"))?)
                    .or_else(|_| fail(&at(p, "contract"), "a 10-digit Contract ID"))?,
            })
        })?,
        requests: read_list(f("requests")?, "requests", |r, p| {
            let g = |key: &str| field(r, p, key);
            Ok(SupportRequest {
                number: string(g("number")?, &at(p, "number"))?,
                product: string(g("product")?, &at(p, "product"))?,
                title: string(g("title")?, &at(p, "title"))?,
                plan: read_plan(g("plan")?, &at(p, "plan"))?,
                day: read_date(g("day")?, &at(p, "day"))?,
                account: AccountId(string(g("account")?, &at(p, "account"))?),
            })
        })?,
        ids: IdGenerator::new(whole(f("ids")?, "ids")?),
    })
}

/// Parses `text` as a state document.
pub fn decode_text(text: &str) -> R<State> {
    let value = json::parse(text).map_err(|e| DecodeError {
        path: format!("byte {}", e.offset),
        expected: e.expected.to_owned(),
    })?;
    decode(&value)
}
