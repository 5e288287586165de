variable "env" {
  type        = string
  description = "Environment this cluster serves: dev, staging or prod."
  nullable    = false
  validation {
    condition     = contains(["dev", "staging", "prod"], var.env)
    error_message = "env must be one of dev, staging, prod."
  }
}

variable "gateway_addresses" {
  type        = map(string)
  description = "Public address of each environment's gateway (loopback addresses on this machine)."
  nullable    = false
  default = {
    dev     = "127.0.0.1"
    staging = "127.0.0.2"
    prod    = "127.0.0.3"
  }
  validation {
    condition     = alltrue([for env in ["dev", "staging", "prod"] : can(cidrhost("${lookup(var.gateway_addresses, env, "")}/32", 0))])
    error_message = "gateway_addresses must map each of dev, staging, prod to an IPv4 address."
  }
}

variable "base_domain" {
  type        = string
  description = "Domain the environments' zones are made under: <env>.<base_domain>."
  nullable    = false
  default     = "example.com"
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", var.base_domain)) && length(var.base_domain) <= 253
    error_message = "base_domain must be dot-separated labels of lowercase letters, digits and hyphens, each starting and ending with a letter or digit."
  }
}

variable "registry_endpoint" {
  type        = string
  description = "Registry the cluster pulls images from (a registry on loopback here)."
  nullable    = false
  default     = "127.0.0.1:5000"
  validation {
    condition     = can(regex("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$", var.registry_endpoint))
    error_message = "registry_endpoint must be a registry host, optionally with a port, such as 127.0.0.1:5000."
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

variable "apps" {
  type        = set(string)
  description = "Apps that get a workload identity of their own."
  nullable    = false
  default     = []
  validation {
    condition     = alltrue([for app in var.apps : can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", app)) && length(app) <= 63])
    error_message = "Each app must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (at most 63 characters)."
  }
}
