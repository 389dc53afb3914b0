//! The state as JSON, written and read by hand through `json::Value` in exactly the layout serde's derives use
//! (externally tagged enums, newtypes as their inner value, dates as `YYYY-MM-DD`), so documents stay
//! compatible and a host property test can compare the two byte for byte. Why by hand: see `json`.

use chrono::{Datelike, NaiveDate};

use super::contract::{Association, Contract, PlanRef, SupportRequest};
use super::entitlement::Signature;
use super::ids::{AccessId, ContractId, IdGenerator};
use super::json::{self, Value, Writer};
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

fn field_str(w: &mut Writer, key: &str, text: &str) {
    w.key(key);
    w.string(text);
}

fn field_num(w: &mut Writer, key: &str, n: u64) {
    w.key(key);
    w.number(n);
}

fn field_date(w: &mut Writer, key: &str, d: NaiveDate) {
    field_str(w, key, &iso_date(d));
}

fn field_opt(w: &mut Writer, key: &str, text: Option<&str>) {
    w.key(key);
    match text {
        Some(text) => w.string(text),
        None => w.null(),
    }
}

/// `{"name":"text"}`: an externally tagged newtype variant.
fn tagged(w: &mut Writer, name: &str, text: &str) {
    w.open('{');
    field_str(w, name, text);
    w.close('}');
}

fn list<T>(w: &mut Writer, key: &str, items: &[T], mut f: impl FnMut(&mut Writer, &T)) {
    w.key(key);
    w.open('[');
    for item in items {
        f(w, item);
    }
    w.close(']');
}

/// Writes `state` as one JSON object into `w`.
pub fn encode(state: &State, w: &mut Writer) {
    let t = &state.tenant;
    w.open('{');
    field_num(w, "schema_version", state.schema_version.into());
    field_opt(w, "preset", state.preset.map(PresetId::stored_name));
    field_date(w, "today", state.today);
    w.key("tenant");
    w.open('{');
    field_str(w, "name", &t.name);
    field_opt(w, "mpn_id", t.mpn_id.as_deref());
    w.key("mpn_associated");
    w.boolean(t.mpn_associated);
    w.key("csp");
    w.boolean(t.csp);
    list(w, "offers", &t.offers, |w, o| {
        w.open('{');
        w.key("kind");
        match o.kind {
            OfferKind::ActionPack => w.string("ActionPack"),
            OfferKind::Competency { competency, level } => {
                w.open('{');
                w.key("Competency");
                w.open('{');
                field_str(w, "competency", competency.stored_name());
                field_str(w, "level", level.stored_name());
                w.close('}');
                w.close('}');
            }
        }
        field_date(w, "start", o.start);
        field_date(w, "end", o.end);
        w.close('}');
    });
    list(w, "customers", &t.customers, |w, c| {
        w.open('{');
        field_str(w, "id", &c.id);
        field_str(w, "name", &c.name);
        w.close('}');
    });
    w.close('}');
    list(w, "accounts", &state.accounts, |w, a| {
        w.open('{');
        field_str(w, "id", &a.id.0);
        field_str(w, "display_name", &a.display_name);
        field_str(w, "email", &a.email);
        w.key("kind");
        match &a.kind {
            AccountKind::Aad { roles } => {
                w.open('{');
                w.key("Aad");
                w.open('{');
                list(w, "roles", roles, |w, r| w.string(r.stored_name()));
                w.close('}');
                w.close('}');
            }
            AccountKind::Msa => w.string("Msa"),
        }
        w.close('}');
    });
    field_opt(
        w,
        "signed_in",
        state.signed_in.as_ref().map(|a| a.0.as_str()),
    );
    list(w, "contracts", &state.contracts, |w, c| {
        w.open('{');
        field_str(w, "access_id", c.access_id.as_str());
        field_str(w, "contract_id", c.contract_id.as_str());
        field_date(w, "start", c.start);
        field_date(w, "end", c.end);
        field_str(w, "tier", c.tier.stored_name());
        field_num(w, "on_premises_total", c.on_premises_total.into());
        field_num(w, "on_premises_used", c.on_premises_used.into());
        field_str(w, "signature", c.signature.stored_name());
        field_num(w, "signature_used", c.signature_used.into());
        field_str(w, "activated_by", &c.activated_by.0);
        w.close('}');
    });
    list(w, "associations", &state.associations, |w, a| {
        w.open('{');
        field_str(w, "account", &a.account.0);
        field_str(w, "contract", a.contract.as_str());
        w.close('}');
    });
    list(w, "requests", &state.requests, |w, r| {
        w.open('{');
        field_str(w, "number", &r.number);
        field_str(w, "product", &r.product);
        field_str(w, "title", &r.title);
        w.key("plan");
        match &r.plan {
            PlanRef::PartnerOnPremises(c) => tagged(w, "PartnerOnPremises", c.as_str()),
            PlanRef::Signature(c) => tagged(w, "Signature", c.as_str()),
            PlanRef::CloudSolutionProvider => w.string("CloudSolutionProvider"),
        }
        field_date(w, "day", r.day);
        field_str(w, "account", &r.account.0);
        w.close('}');
    });
    field_num(w, "ids", state.ids.seed());
    w.close('}');
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

/// The fields of one object at `path`. Each read names the field only if it fails, so a sound document costs
/// no path strings (and the wasm no `format!` per field).
struct Obj<'v, 'p> {
    v: &'v Value,
    path: &'p str,
}

impl<'v> Obj<'v, '_> {
    fn get(&self, key: &str) -> R<&'v Value> {
        field(self.v, self.path, key)
    }

    /// Fails at `path.key`.
    fn fail<T>(&self, key: &str, expected: &str) -> R<T> {
        fail(&at(self.path, key), expected)
    }

    fn string(&self, key: &str) -> R<String> {
        match self.get(key)? {
            Value::Str(text) => Ok(text.clone()),
            _ => self.fail(key, "a string"),
        }
    }

    fn boolean(&self, key: &str) -> R<bool> {
        match self.get(key)? {
            Value::Bool(b) => Ok(*b),
            _ => self.fail(key, "true or false"),
        }
    }

    fn count(&self, key: &str) -> R<u32> {
        match self.get(key)? {
            Value::Int(i) => {
                u32::try_from(*i).or_else(|_| self.fail(key, "a whole number in range"))
            }
            Value::Neg(_) => self.fail(key, "a whole number in range"),
            _ => self.fail(key, "a whole number"),
        }
    }

    fn date(&self, key: &str) -> R<NaiveDate> {
        read_date(self.get(key)?, &at(self.path, key))
    }

    fn named<T>(&self, key: &str, from_name: fn(&str) -> Option<T>, what: &str) -> R<T> {
        match self.get(key)? {
            Value::Str(name) => from_name(name).map_or_else(|| self.fail(key, what), Ok),
            _ => self.fail(key, what),
        }
    }

    fn contract_id(&self, key: &str) -> R<ContractId> {
        ContractId::parse(&self.string(key)?).or_else(|_| self.fail(key, "a 10-digit Contract ID"))
    }
}

fn read_offer_kind(v: &Value, path: &str) -> R<OfferKind> {
    match variant(v, path)? {
        ("ActionPack", None) => Ok(OfferKind::ActionPack),
        ("Competency", Some(inner)) => {
            let o = Obj { v: inner, path };
            Ok(OfferKind::Competency {
                competency: o.named("competency", Competency::from_stored_name, "a competency")?,
                level: o.named("level", Level::from_stored_name, "Silver or Gold")?,
            })
        }
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
    let o = Obj { v, path };
    let kind_path = at(path, "kind");
    let kind = match variant(o.get("kind")?, &kind_path)? {
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
        id: AccountId(o.string("id")?),
        display_name: o.string("display_name")?,
        email: o.string("email")?,
        kind,
    })
}

fn read_contract(v: &Value, path: &str) -> R<Contract> {
    let o = Obj { v, path };
    Ok(Contract {
        access_id: AccessId::parse(&o.string("access_id")?)
            .or_else(|_| o.fail("access_id", "an Access ID like ABCD-1234"))?,
        contract_id: o.contract_id("contract_id")?,
        start: o.date("start")?,
        end: o.date("end")?,
        tier: o.named("tier", Tier::from_stored_name, "a tier")?,
        on_premises_total: o.count("on_premises_total")?,
        on_premises_used: o.count("on_premises_used")?,
        signature: o.named(
            "signature",
            Signature::from_stored_name,
            "a Signature level",
        )?,
        signature_used: o.count("signature_used")?,
        activated_by: AccountId(o.string("activated_by")?),
    })
}

fn read_tenant(v: &Value, path: &str) -> R<Tenant> {
    let o = Obj { v, path };
    Ok(Tenant {
        name: o.string("name")?,
        mpn_id: read_opt(o.get("mpn_id")?, &at(path, "mpn_id"), string)?,
        mpn_associated: o.boolean("mpn_associated")?,
        csp: o.boolean("csp")?,
        offers: read_list(o.get("offers")?, &at(path, "offers"), |v, path| {
            let o = Obj { v, path };
            Ok(Offer {
                kind: read_offer_kind(o.get("kind")?, &at(path, "kind"))?,
                start: o.date("start")?,
                end: o.date("end")?,
            })
        })?,
        customers: read_list(o.get("customers")?, &at(path, "customers"), |v, path| {
            let o = Obj { v, path };
            Ok(Customer {
                id: o.string("id")?,
                name: o.string("name")?,
            })
        })?,
    })
}

pub fn decode(v: &Value) -> R<State> {
    let o = Obj { v, path: "" };
    Ok(State {
        schema_version: o.count("schema_version")?,
        preset: read_opt(o.get("preset")?, "preset", |p, path| {
            named(p, path, PresetId::from_stored_name, "a preset")
        })?,
        today: o.date("today")?,
        tenant: read_tenant(o.get("tenant")?, "tenant")?,
        accounts: read_list(o.get("accounts")?, "accounts", read_account)?,
        signed_in: read_opt(o.get("signed_in")?, "signed_in", |a, p| {
            string(a, p).map(AccountId)
        })?,
        contracts: read_list(o.get("contracts")?, "contracts", read_contract)?,
        associations: read_list(o.get("associations")?, "associations", |v, path| {
            let o = Obj { v, path };
            Ok(Association {
                account: AccountId(o.string("account")?),
                contract: o.contract_id("contract")?,
            })
        })?,
        requests: read_list(o.get("requests")?, "requests", |v, path| {
            let o = Obj { v, path };
            Ok(SupportRequest {
                number: o.string("number")?,
                product: o.string("product")?,
                title: o.string("title")?,
                plan: read_plan(o.get("plan")?, &at(path, "plan"))?,
                day: o.date("day")?,
                account: AccountId(o.string("account")?),
            })
        })?,
        ids: IdGenerator::new(whole(o.get("ids")?, "ids")?),
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
