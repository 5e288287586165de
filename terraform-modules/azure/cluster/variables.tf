variable "name" {
  type        = string
  description = "Name of the cluster (common's names.cluster_name), the prefix of every resource's name."
  nullable    = false
  validation {
    condition     = can(regex("^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$", var.name)) && length(var.name) <= 63
    error_message = "AKS cluster names are 1 to 63 letters, digits, hyphens and underscores, starting and ending with a letter or digit."
  }
}

variable "resource_group_name" {
  type        = string
  description = "Resource group the resources are made in (common's names.resource_group)."
  nullable    = false
  validation {
    condition     = can(regex("^[\\w().-]{1,90}$", var.resource_group_name)) && !endswith(var.resource_group_name, ".")
    error_message = "Azure resource group names are 1 to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period."
  }
}

variable "location" {
  type        = string
  description = "Azure region, such as westeurope."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z]+[a-z0-9]*$", var.location))
    error_message = "location must be an Azure region name such as westeurope."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags of every resource (common's tags)."
  nullable    = false
}

variable "kubernetes_version" {
  type        = string
  description = "Kubernetes minor version of the cluster, such as 1.33."
  nullable    = false
  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.33."
  }
}

variable "subnet_id" {
  type        = string
  description = "ID of the subnet the nodes run in."
  nullable    = false
  validation {
    condition     = can(regex("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.Network/virtualNetworks/[^/]+/subnets/[^/]+$", var.subnet_id))
    error_message = "subnet_id must be a subnet's resource ID: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>."
  }
}

variable "node_pool" {
  type = object({
    name         = string
    machine_type = string
    min_size     = number
    max_size     = number
  })
  description = "The default node pool: name, VM size (one with a cache or temporary disk, as the OS disk is ephemeral) and autoscaling bounds."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z][a-z0-9]{0,11}$", var.node_pool.name)) && var.node_pool.min_size >= 1 && var.node_pool.max_size >= var.node_pool.min_size
    error_message = "node_pool.name must be 1 to 12 lowercase letters and digits, starting with a letter, with 1 <= min_size <= max_size."
  }
}

variable "api_server_authorized_ip_ranges" {
  type        = list(string)
  description = "IPv4 ranges that may reach the API server."
  nullable    = false
  validation {
    condition     = length(var.api_server_authorized_ip_ranges) > 0 && alltrue([for c in var.api_server_authorized_ip_ranges : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "api_server_authorized_ip_ranges must be one or more IPv4 ranges such as 203.0.113.0/24, and not 0.0.0.0/0."
  }
}
