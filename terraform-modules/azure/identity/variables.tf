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

variable "oidc_issuer_url" {
  type        = string
  description = "Issuer of the cluster's service account tokens."
  nullable    = false
  validation {
    condition     = startswith(var.oidc_issuer_url, "https://")
    error_message = "oidc_issuer_url must be the cluster's issuer URL, starting with https://."
  }
}

variable "dns_zone_id" {
  type        = string
  description = "ID of the DNS zone the DNS-01 solvers write challenge records in."
  nullable    = false
  validation {
    condition     = can(regex("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.Network/dnsZones/[^/]+$", var.dns_zone_id))
    error_message = "dns_zone_id must be a DNS zone's resource ID: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/dnsZones/<zone>."
  }
}

variable "dns_solvers" {
  type = map(object({
    namespace       = string
    service_account = string
  }))
  description = "Kubernetes service account of each DNS-01 solver, by consumer: argocd, dev, staging and prod."
  nullable    = false
  validation {
    condition     = length(setsubtract(["argocd", "dev", "staging", "prod"], keys(var.dns_solvers))) == 0 && length(setsubtract(keys(var.dns_solvers), ["argocd", "dev", "staging", "prod"])) == 0
    error_message = "dns_solvers must have exactly the consumers argocd, dev, staging and prod."
  }
  validation {
    condition     = alltrue([for s in var.dns_solvers : can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", s.namespace)) && can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", s.service_account))])
    error_message = "Kubernetes namespace names are DNS-1123 labels: 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit (service account names too)."
  }
}

variable "workloads" {
  type = map(object({
    namespace       = string
    service_account = string
  }))
  description = "Kubernetes service account of each app's workload, by app; each gets an identity of its own."
  nullable    = false
  default     = {}
  validation {
    condition     = alltrue([for app, w in var.workloads : can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", app)) && can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", w.namespace)) && can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", w.service_account))])
    error_message = "Kubernetes namespace names are DNS-1123 labels: 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit (app and service account names too)."
  }
}
