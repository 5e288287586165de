# User-assigned managed identities federated with the cluster's service accounts: one per DNS-01
# solver, a DNS Zone Contributor on the zone only, and one per app's workload, with no role until
# the app grants its own.

locals {
  subjects = merge(
    { for consumer, s in var.dns_solvers : "dns01-${consumer}" => s },
    { for app, w in var.workloads : "app-${app}" => w },
  )
}

resource "azurerm_user_assigned_identity" "this" {
  for_each            = local.subjects
  name                = "id-${var.name}-${each.key}"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags
}

resource "azurerm_federated_identity_credential" "this" {
  for_each            = local.subjects
  name                = "${each.value.namespace}-${each.value.service_account}"
  resource_group_name = var.resource_group_name
  parent_id           = azurerm_user_assigned_identity.this[each.key].id
  audience            = ["api://AzureADTokenExchange"]
  issuer              = var.oidc_issuer_url
  subject             = "system:serviceaccount:${each.value.namespace}:${each.value.service_account}"
}

resource "azurerm_role_assignment" "dns01" {
  for_each             = var.dns_solvers
  scope                = var.dns_zone_id
  role_definition_name = "DNS Zone Contributor"
  principal_id         = azurerm_user_assigned_identity.this["dns01-${each.key}"].principal_id
  principal_type       = "ServicePrincipal"
}
