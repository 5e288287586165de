variable "name" {
  type        = string
  description = "Prefix of the roles' names (common's names.cluster_name)."
  nullable    = false
  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]*$", var.name)) && length(var.name) <= 40
    error_message = "name must be 1 to 40 letters, digits, hyphens and underscores, starting with a letter or digit (an IAM role name is at most 64 characters with its suffix)."
  }
}

variable "oidc_provider_arn" {
  type        = string
  description = "ARN of the cluster's IAM OIDC provider."
  nullable    = false
  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/", var.oidc_provider_arn))
    error_message = "oidc_provider_arn must be an IAM OIDC provider ARN such as arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE."
  }
}

variable "oidc_issuer" {
  type        = string
  description = "Issuer of the cluster's service account tokens, without https://."
  nullable    = false
  validation {
    condition     = length(var.oidc_issuer) > 0 && !startswith(var.oidc_issuer, "https://")
    error_message = "oidc_issuer must be the issuer without its https:// prefix, such as oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE."
  }
}

variable "dns_zone_arn" {
  type        = string
  description = "ARN of the Route 53 hosted zone the DNS-01 solvers write challenge records in."
  nullable    = false
  validation {
    condition     = can(regex("^arn:aws[a-z-]*:route53:::hostedzone/[A-Z0-9]+$", var.dns_zone_arn))
    error_message = "dns_zone_arn must be a hosted zone ARN such as arn:aws:route53:::hostedzone/Z0123456789ABC."
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
  description = "Kubernetes service account of each app's workload, by app; each gets a role of its own."
  nullable    = false
  default     = {}
  validation {
    condition     = alltrue([for app, w in var.workloads : can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", app)) && can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", w.namespace)) && can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", w.service_account))])
    error_message = "Kubernetes namespace names are DNS-1123 labels: 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit (app and service account names too)."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags of every resource (common's tags)."
  nullable    = false
}
