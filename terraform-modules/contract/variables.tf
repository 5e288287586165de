# The output contract of every cluster stack, as types: each root module (aws, azure, gcp, local)
# hands its values in here and returns this module's outputs, so a value of the wrong shape fails
# the plan in the module that made it. The same contract in TypeScript is src/facts/output-contract.ts;
# __tests__/unit/module-contract.test.ts holds the two, and every module, to each other.

variable "cluster_name" {
  type        = string
  description = "Name of the cluster."
  nullable    = false
  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must be letters, digits, hyphens and underscores, starting with a letter or digit (at most 100 characters)."
  }
}

variable "cluster_type" {
  type        = string
  description = "aws, azure, gcp or local."
  nullable    = false
  validation {
    condition     = contains(["aws", "azure", "gcp", "local"], var.cluster_type)
    error_message = "cluster_type must be one of aws, azure, gcp, local. Clouds and their short codes are listed in dictionary.yaml."
  }
}

variable "kube_context" {
  type        = string
  description = "kubectl context that reaches the cluster."
  nullable    = false
  validation {
    condition     = can(regex("^\\S+$", var.kube_context))
    error_message = "kube_context must be a non-empty string without white space."
  }
}

variable "cluster_gateway_public_address" {
  type        = string
  description = "Public address of the cluster's shared gateway."
  nullable    = false
  validation {
    condition     = can(regex("^\\S+$", var.cluster_gateway_public_address))
    error_message = "cluster_gateway_public_address must be an IP address or a host name."
  }
}

variable "env_gateway_public_addresses" {
  type        = map(string)
  description = "Public gateway address of each environment."
  nullable    = false
  validation {
    condition     = alltrue([for env, address in var.env_gateway_public_addresses : contains(["dev", "staging", "prod"], env) && can(regex("^\\S+$", address))])
    error_message = "env_gateway_public_addresses must map each of dev, staging, prod to an IP address or a host name."
  }
}

variable "dns_challenge_identities" {
  type        = map(map(string))
  description = "Identity each DNS-01 solver runs as, one per consumer."
  nullable    = false
  validation {
    condition = alltrue([
      for consumer, identity in var.dns_challenge_identities :
      contains(["argocd", "dev", "staging", "prod"], consumer) && length(identity) == 1 &&
      length(setsubtract(keys(identity), ["aws_role_arn", "azure_client_id", "gcp_service_account"])) == 0
    ])
    error_message = "dns_challenge_identities must map each of argocd, dev, staging, prod to an object with exactly one of aws_role_arn, azure_client_id, gcp_service_account."
  }
}

variable "secrets_source_uri" {
  type        = string
  description = "Where workloads read their secrets from."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z][a-z0-9+.-]*:\\S+$", var.secrets_source_uri))
    error_message = "secrets_source_uri must be a URI such as https://vault.example.com/v1/kv/app."
  }
}

variable "workload_identities" {
  type        = map(map(string))
  description = "Identity each app's workload runs as, by app."
  nullable    = false
  validation {
    condition = alltrue([
      for app, identity in var.workload_identities :
      length(identity) == 1 && length(setsubtract(keys(identity), ["aws_role_arn", "azure_client_id", "gcp_service_account"])) == 0
    ])
    error_message = "workload_identities must map each app to an object with exactly one of aws_role_arn, azure_client_id, gcp_service_account."
  }
}

variable "node_pools" {
  type = map(object({
    machine_type = string
    min_size     = number
    max_size     = number
  }))
  description = "Node pools of the cluster by name: machine type and autoscaling bounds."
  nullable    = false
  validation {
    condition     = length(var.node_pools) > 0 && alltrue([for pool in var.node_pools : pool.min_size >= 0 && pool.max_size >= pool.min_size])
    error_message = "node_pools must hold at least one pool, each with 0 <= min_size <= max_size."
  }
}

variable "ingress_class" {
  type        = string
  description = "Ingress class the cluster's gateway serves."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.ingress_class)) && length(var.ingress_class) <= 63
    error_message = "ingress_class must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (at most 63 characters)."
  }
}

variable "dns_zone" {
  type = object({
    name         = string
    domain       = string
    name_servers = list(string)
  })
  description = "DNS zone the cluster's hosts are published in: its name, domain and name servers."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", var.dns_zone.domain))
    error_message = "dns_zone.domain must be dot-separated labels of lowercase letters, digits and hyphens, each starting and ending with a letter or digit."
  }
}

variable "registry_endpoint" {
  type        = string
  description = "Container registry endpoint the cluster pulls images from."
  nullable    = false
  validation {
    condition     = can(regex("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$", var.registry_endpoint))
    error_message = "registry_endpoint must be a registry host, optionally with a port and \"/\"-separated path components of lowercase letters and digits."
  }
}
