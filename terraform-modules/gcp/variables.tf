variable "org" {
  type        = string
  description = "Organisation short name; null takes the org of globals.yaml."
  default     = null
  validation {
    condition     = var.org == null || (can(regex("^[a-z][a-z0-9]*$", coalesce(var.org, "-"))) && length(coalesce(var.org, "-")) <= 63)
    error_message = "The org is 1 to 63 lowercase letters and digits, starting with a letter."
  }
}

variable "env" {
  type        = string
  description = "Environment this cluster serves: dev, staging or prod."
  nullable    = false
  validation {
    condition     = contains(["dev", "staging", "prod"], var.env)
    error_message = "env must be one of dev, staging, prod. Environments and their short codes are listed in dictionary.yaml."
  }
}

variable "region" {
  type        = string
  description = "Google Cloud region, one of the dictionary's regions of gcp, such as europe-west1."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]+$", var.region))
    error_message = "region must be a Google Cloud region such as europe-west1. The regions of each cloud and their short codes are listed in dictionary.yaml."
  }
}

variable "bu" {
  type        = string
  description = "Business unit, one of the dictionary's business_units."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.bu)) && length(var.bu) <= 63
    error_message = "bu must be lowercase letters, digits and hyphens, starting and ending with a letter or digit. Business units and their short codes are listed in dictionary.yaml."
  }
}

variable "app" {
  type        = string
  description = "App, one of the dictionary's apps: its workload gets an identity of its own."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.app)) && length(var.app) <= 63
    error_message = "app must be lowercase letters, digits and hyphens, starting and ending with a letter or digit. Apps and their short codes are listed in dictionary.yaml."
  }
}

variable "owner" {
  type        = string
  description = "Owner: an email local part or a team slug."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z0-9]+([._-][a-z0-9]+)*$", var.owner)) && length(var.owner) <= 63
    error_message = "The owner is an email local part or a team slug: 1 to 63 lowercase letters and digits in groups joined by single \".\", \"_\" or \"-\"."
  }
}

variable "config_dir" {
  type        = string
  description = "Folder holding dictionary.yaml, globals.yaml and optionally local.yaml (see examples/config)."
  nullable    = false
  validation {
    condition     = fileexists("${var.config_dir}/dictionary.yaml") && fileexists("${var.config_dir}/globals.yaml")
    error_message = "The config_dir must hold dictionary.yaml and globals.yaml (see examples/config in the platform-actions repository)."
  }
}

variable "kubernetes_version" {
  type        = string
  description = "Kubernetes minor version of the cluster, such as 1.33."
  nullable    = false
  default     = "1.33"
  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.33."
  }
}

variable "node_pool" {
  type = object({
    name         = string
    machine_type = string
    min_size     = number
    max_size     = number
  })
  description = "The cluster's node pool: name, machine type and autoscaling bounds."
  nullable    = false
  default = {
    name         = "default"
    machine_type = "e2-standard-4"
    min_size     = 2
    max_size     = 5
  }
  validation {
    condition     = can(regex("^[a-z][a-z0-9]{0,11}$", var.node_pool.name)) && var.node_pool.min_size >= 1 && var.node_pool.max_size >= var.node_pool.min_size
    error_message = "node_pool.name must be 1 to 12 lowercase letters and digits, starting with a letter (AKS's limit), with 1 <= min_size <= max_size."
  }
}

variable "ingress_class" {
  type        = string
  description = "Ingress class the cluster's gateway serves."
  nullable    = false
  default     = "nginx"
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.ingress_class)) && length(var.ingress_class) <= 63
    error_message = "ingress_class must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (at most 63 characters)."
  }
}

variable "env_gateway_public_addresses" {
  type        = map(string)
  description = "Gateway addresses of the other environments' clusters, by environment; this cluster's own is added."
  nullable    = false
  default     = {}
  validation {
    condition     = alltrue([for env, address in var.env_gateway_public_addresses : contains(["dev", "staging", "prod"], env) && can(regex("^\\S+$", address))])
    error_message = "env_gateway_public_addresses must map some of dev, staging, prod to an IP address or a host name."
  }
}

variable "dns_solvers" {
  type = map(object({
    namespace       = string
    service_account = string
  }))
  description = "Kubernetes service account of each DNS-01 solver, by consumer: argocd, dev, staging and prod."
  nullable    = false
  default = {
    argocd  = { namespace = "argocd", service_account = "dns01-solver" }
    dev     = { namespace = "dev", service_account = "dns01-solver" }
    staging = { namespace = "staging", service_account = "dns01-solver" }
    prod    = { namespace = "prod", service_account = "dns01-solver" }
  }
  validation {
    condition     = length(setsubtract(["argocd", "dev", "staging", "prod"], keys(var.dns_solvers))) == 0 && length(setsubtract(keys(var.dns_solvers), ["argocd", "dev", "staging", "prod"])) == 0
    error_message = "dns_solvers must have exactly the consumers argocd, dev, staging and prod."
  }
}

variable "project_id" {
  type        = string
  description = "Google Cloud project the platform is made in."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z][-a-z0-9]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be 6 to 30 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen."
  }
}

variable "master_authorized_cidrs" {
  type        = list(string)
  description = "IPv4 ranges that may reach the control plane, such as the CI runners' and the operators' ranges."
  nullable    = false
  validation {
    condition     = length(var.master_authorized_cidrs) > 0 && alltrue([for c in var.master_authorized_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "master_authorized_cidrs must be one or more IPv4 ranges such as 203.0.113.0/24, and not 0.0.0.0/0."
  }
}
