variable "name" {
  type        = string
  description = "Name of the cluster (common's names.cluster_name), the prefix of every resource's name."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z]([-a-z0-9]*[a-z0-9])?$", var.name)) && length(var.name) <= 40
    error_message = "GKE cluster names are 1 to 40 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit."
  }
}

variable "project_id" {
  type        = string
  description = "Google Cloud project the resources are made in."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z][-a-z0-9]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be 6 to 30 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen."
  }
}



variable "workload_pool" {
  type        = string
  description = "Workload identity pool of the cluster: <project>.svc.id.goog."
  nullable    = false
  validation {
    condition     = endswith(var.workload_pool, ".svc.id.goog")
    error_message = "workload_pool must be the cluster's pool, <project>.svc.id.goog."
  }
}

variable "dns_zone_name" {
  type        = string
  description = "Name of the Cloud DNS managed zone the DNS-01 solvers write challenge records in."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z]([-a-z0-9]*[a-z0-9])?$", var.dns_zone_name)) && length(var.dns_zone_name) <= 63
    error_message = "dns_zone_name must be 1 to 63 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit."
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
  description = "Kubernetes service account of each app's workload, by app; each gets a service account of its own."
  nullable    = false
  default     = {}
  validation {
    condition     = alltrue([for app, w in var.workloads : can(regex("^[a-z][a-z0-9-]{0,20}[a-z0-9]$", app)) && can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", w.namespace)) && can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", w.service_account))])
    error_message = "Each app must be 2 to 22 lowercase letters, digits and hyphens, starting with a letter (a service account ID is at most 30 characters with its prefix); namespaces and service accounts are DNS-1123 labels."
  }
}
