# Names and tags of a platform, derived from the inputs and the config folder, checked against the
# rules of every platform that consumes them. The contract is the TypeScript one in src/naming/:
# same derivations, same rule table (modules/name-rules/rules.json), same messages, held to the same
# test vectors. Invalid input fails the plan at the precondition of output "names", listing every
# broken rule.

locals {
  rules = jsondecode(file("${path.module}/modules/name-rules/rules.json"))

  # The config folder, as src/naming/load.ts reads it. Its schema is checked by the TypeScript
  # side (loadConfig); here the files are taken as valid.
  dictionary = yamldecode(file("${var.config_dir}/dictionary.yaml"))
  globals    = yamldecode(file("${var.config_dir}/globals.yaml"))
  local_yaml = "${var.config_dir}/local.yaml"
  overrides  = fileexists(local.local_yaml) ? yamldecode(file(local.local_yaml)) : null

  org         = var.org == null ? local.globals.org : var.org
  base_domain = coalesce(try(local.overrides.base_domain, null), local.globals.base_domain)
  registry    = coalesce(try(local.overrides.registry, null), try(local.globals.registry, null), "ghcr.io/${local.org}")

  inputs = {
    org    = local.org
    cloud  = var.cloud
    env    = var.env
    region = var.region
    bu     = var.bu
    app    = var.app
    owner  = var.owner
  }
  inputs_text = join(", ", [for k in ["org", "cloud", "env", "region", "bu", "app", "owner"] : "${k}=${jsonencode(local.inputs[k])}"])

  # Inputs: the org, then the dictionary's cloud, env, region (of a known cloud), bu and app, then
  # the owner.
  cloud_known = contains(keys(local.dictionary.clouds), var.cloud)
  lookups = [
    { subject = "cloud", allowed = keys(local.dictionary.clouds), applies = true },
    { subject = "env", allowed = keys(local.dictionary.environments), applies = true },
    { subject = "region", allowed = local.cloud_known ? keys(try(local.dictionary.regions[var.cloud], {})) : [], applies = local.cloud_known },
    { subject = "bu", allowed = keys(local.dictionary.business_units), applies = true },
    { subject = "app", allowed = keys(local.dictionary.apps), applies = true },
  ]
  unknown = [
    for l in local.lookups : {
      subject = l.subject
      value   = local.inputs[l.subject]
      rule    = "unknown-${l.subject}"
      check   = "dictionary"
      detail = format("must be one of the %s of dictionary.yaml%s: %s",
        local.rules.dictionary_sections[l.subject],
        l.subject == "region" ? " for ${var.cloud}" : "",
      join(", ", sort(l.allowed)))
      limit      = tonumber(null)
      derivation = tostring(null)
    } if l.applies && !contains(l.allowed, local.inputs[l.subject])
  ]
  input_violations = concat(
    [for f in module.input_rules.failures : merge(f, { derivation = tostring(null) }) if f.subject == "org"],
    local.unknown,
    [for f in module.input_rules.failures : merge(f, { derivation = tostring(null) }) if f.subject == "owner"],
  )

  # Names. Short codes where length is tight; nothing is truncated or rewritten.
  env_code    = try(local.dictionary.environments[var.env].code, "")
  region_code = try(local.dictionary.regions[var.cloud][var.region].code, "")
  bu_code     = try(local.dictionary.business_units[var.bu].code, "")
  names = {
    cluster_name        = "${local.org}-${var.env}-${local.region_code}-${var.bu}"
    namespace           = "${var.env}-${var.bu}-${var.app}"
    dns_host            = "${var.app}.${var.env}.${local.base_domain}"
    release_name        = var.app
    resource_group      = "rg-${local.org}-${var.env}-${local.region_code}-${var.bu}"
    state_bucket        = "${local.org}-tfstate-${var.env}-${local.region_code}"
    storage_account     = "${local.org}${local.env_code}${local.region_code}${local.bu_code}"
    registry_repository = "${local.registry}/${var.bu}/${var.app}"
  }
  tags = {
    org          = local.org
    env          = var.env
    bu           = var.bu
    app          = var.app
    owner        = var.owner
    "managed-by" = local.rules.managed_by
  }

  # Each name against the rules of the platforms that consume it on this cloud, then each tag.
  name_subjects = concat(
    [for k in local.rules.name_keys : { subject = k, value = local.names[k], rules = try(local.rules.bindings[k][var.cloud], []) }],
    [for k in local.rules.tag_keys : { subject = "tags.${k}", value = local.tags[k], rules = try(local.rules.bindings.tags[var.cloud], []) }],
  )
  name_violations = [
    for f in module.name_rules.failures :
    merge(f, { derivation = try(local.rules.derivations[f.subject], tostring(null)) })
  ]

  violations = length(local.input_violations) > 0 ? local.input_violations : local.name_violations
  messages = [
    for v in local.violations : join("", [
      "${v.subject} ${jsonencode(v.value)}",
      v.derivation == null ? "" : " (derived as ${v.derivation})",
      " breaks ${v.rule}/${v.check}: ${v.detail}",
      v.limit == null ? "" : format(" (limit %d)", v.limit),
      ".",
      " ${local.rules.rules[v.rule].summary} Inputs: ${local.inputs_text}.",
      local.rules.rules[v.rule].doc == "" ? "" : " See ${local.rules.rules[v.rule].doc}",
    ])
  ]
}

module "input_rules" {
  source = "./modules/name-rules"
  subjects = [
    { subject = "org", value = local.org, rules = ["input-org"] },
    { subject = "owner", value = var.owner, rules = ["input-owner"] },
  ]
}

module "name_rules" {
  source = "./modules/name-rules"
  # Names are only worth checking when the inputs are valid: an unknown region has no code.
  subjects = length(local.input_violations) > 0 ? [] : local.name_subjects
}
