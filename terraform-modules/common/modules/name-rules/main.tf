# Evaluates values against the naming rule table in rules.json, which is written from
# src/naming/rules.ts: the same rules, checks, limits and texts as the TypeScript implementation.
# Reports failures and never fails itself; the parent module decides.
terraform {
  required_version = ">= 1.6.0"
}

variable "subjects" {
  type = list(object({
    subject = string
    value   = string
    rules   = list(string)
  }))
  description = "Values to check: what each is (a name, an input or a tag), its value and the ids of the rules it must follow, in order."
  nullable    = false
}

locals {
  table = jsondecode(file("${path.module}/rules.json"))

  # Every check of every rule a subject breaks, in subject, rule and check order. A length is
  # counted in characters; a `match` pattern must match, a `reject` pattern must not.
  failures = flatten([
    for s in var.subjects : [
      for rule in s.rules : [
        for c in local.table.rules[rule].checks : {
          subject = s.subject
          value   = s.value
          rule    = rule
          check   = c.id
          detail = (c.kind == "length"
            ? format("is %d characters, must be %d to %d", length(s.value), c.min, c.max)
          : c.text)
          limit = c.limit
        }
        if(c.kind == "length"
          ? (length(s.value) < c.min || length(s.value) > c.max)
        : (c.kind == "match") != can(regex(c.pattern, s.value)))
      ]
    ]
  ])
}

output "failures" {
  description = "One object per broken check: subject, value, rule, check, detail, limit."
  value       = local.failures
}
