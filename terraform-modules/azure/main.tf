# An AKS platform: names and tags from common, the resource group, a virtual network, the cluster
# with its node pool, the DNS zone of the environment, the container registry and key vault, and
# the managed identities of the DNS-01 solvers and the app's workload; the outputs of the contract
# every cluster stack returns. Providers are configured by the stack.

module "common" {
  source     = "../common"
  org        = var.org
  cloud      = "azure"
  env        = var.env
  region     = var.region
  bu         = var.bu
  app        = var.app
  owner      = var.owner
  config_dir = var.config_dir
}

locals {
  names = module.common.names
  # The environment's zone: the app's host less its first label.
  domain = regex("^[^.]+\\.(.*)$", local.names.dns_host)[0]
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "this" {
  name     = local.names.resource_group
  location = var.region
  tags     = module.common.tags
}

module "network" {
  source              = "./network"
  name                = local.names.cluster_name
  resource_group_name = azurerm_resource_group.this.name
  location            = var.region
  address_space       = var.address_space
  tags                = module.common.tags
}

module "cluster" {
  source                          = "./cluster"
  name                            = local.names.cluster_name
  resource_group_name             = azurerm_resource_group.this.name
  location                        = var.region
  kubernetes_version              = var.kubernetes_version
  subnet_id                       = module.network.nodes_subnet_id
  node_pool                       = var.node_pool
  api_server_authorized_ip_ranges = var.api_server_authorized_ip_ranges
  tags                            = module.common.tags
}

resource "azurerm_dns_zone" "env" {
  name                = local.domain
  resource_group_name = azurerm_resource_group.this.name
  tags                = module.common.tags
}

# The storage account's name fits a registry's too: 5 to 50 letters and digits.
resource "azurerm_container_registry" "this" {
  name                          = local.names.storage_account
  resource_group_name           = azurerm_resource_group.this.name
  location                      = var.region
  sku                           = "Premium"
  admin_enabled                 = false
  public_network_access_enabled = true
  zone_redundancy_enabled       = true
  data_endpoint_enabled         = true
  trust_policy_enabled          = true
  quarantine_policy_enabled     = true
  retention_policy_in_days      = 7
  tags                          = module.common.tags
}

resource "azurerm_key_vault" "this" {
  name                       = local.names.storage_account
  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.region
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  rbac_authorization_enabled = true
  purge_protection_enabled   = true
  soft_delete_retention_days = 90
  tags                       = module.common.tags

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
    ip_rules       = var.api_server_authorized_ip_ranges
  }
}

module "identity" {
  source              = "./identity"
  name                = local.names.cluster_name
  resource_group_name = azurerm_resource_group.this.name
  location            = var.region
  oidc_issuer_url     = module.cluster.oidc_issuer_url
  dns_zone_id         = azurerm_dns_zone.env.id
  dns_solvers         = var.dns_solvers
  workloads = {
    (var.app) = { namespace = local.names.namespace, service_account = local.names.release_name }
  }
  tags = module.common.tags
}

module "contract" {
  source = "../contract"

  cluster_name                   = module.cluster.name
  cluster_type                   = "azure"
  kube_context                   = module.cluster.name
  cluster_gateway_public_address = module.network.gateway_public_ip
  env_gateway_public_addresses   = merge(var.env_gateway_public_addresses, { (var.env) = module.network.gateway_public_ip })
  dns_challenge_identities       = module.identity.dns_challenge_identities
  secrets_source_uri             = azurerm_key_vault.this.vault_uri
  workload_identities            = module.identity.workload_identities
  node_pools                     = module.cluster.node_pools
  ingress_class                  = var.ingress_class
  dns_zone = {
    name         = azurerm_dns_zone.env.name
    domain       = local.domain
    name_servers = tolist(azurerm_dns_zone.env.name_servers)
  }
  registry_endpoint = azurerm_container_registry.this.login_server
}
