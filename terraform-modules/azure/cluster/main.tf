# An AKS cluster with an OIDC issuer and workload identity, Azure RBAC for Kubernetes with local
# accounts off, Azure Policy, Container Insights, Azure network policy, and an autoscaling default
# node pool on ephemeral OS disks in the nodes' subnet.

resource "azurerm_log_analytics_workspace" "this" {
  name                = "log-${var.name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  sku                 = "PerGB2018"
  retention_in_days   = 90
  tags                = var.tags
}

resource "azurerm_kubernetes_cluster" "this" {
  name                      = var.name
  resource_group_name       = var.resource_group_name
  location                  = var.location
  dns_prefix                = var.name
  kubernetes_version        = var.kubernetes_version
  sku_tier                  = "Standard"
  oidc_issuer_enabled       = true
  workload_identity_enabled = true
  local_account_disabled    = true
  automatic_upgrade_channel = "patch"
  azure_policy_enabled      = true

  default_node_pool {
    name                         = var.node_pool.name
    vm_size                      = var.node_pool.machine_type
    vnet_subnet_id               = var.subnet_id
    auto_scaling_enabled         = true
    min_count                    = var.node_pool.min_size
    max_count                    = var.node_pool.max_size
    max_pods                     = 50
    os_disk_type                 = "Ephemeral"
    only_critical_addons_enabled = false
    zones                        = ["1", "2", "3"]
    upgrade_settings {
      max_surge = "10%"
    }
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }

  api_server_access_profile {
    authorized_ip_ranges = var.api_server_authorized_ip_ranges
  }

  key_vault_secrets_provider {
    secret_rotation_enabled = true
  }

  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.this.id
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }

  tags = var.tags

  # The autoscaler owns the node count.
  lifecycle {
    ignore_changes = [default_node_pool[0].node_count]
  }
}
