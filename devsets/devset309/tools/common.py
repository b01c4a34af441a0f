LAW, AR, DR, LR, ND, PD, PLAN, PUB, OTH = ("law", "administrative_regulation", "departmental_rule",
    "local_regulation", "normative_document", "party_document", "plan", "publication", "other")
ISS, IMP, STU, MEN = "issues", "implements", "studies", "mentions"


def R(name, aliases, typ, doc_number=None, issuer=None, relation=MEN):
    return {"name": name, "aliases": list(aliases), "type": typ, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}


def O(name, aliases, typ):
    return {"name": name, "aliases": list(aliases), "type": typ}


def M(name, aliases, typ):
    return {"name": name, "aliases": list(aliases), "type": typ}
