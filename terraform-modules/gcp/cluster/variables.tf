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

variable "region" {
  type        = string
  description = "Google Cloud region, such as europe-west1."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]+$", var.region))
    error_message = "region must be a Google Cloud region such as europe-west1."
  }
}

variable "labels" {
  type        = map(string)
  description = "Labels of every resource that takes them (common's tags)."
  nullable    = false
}

variable "kubernetes_version" {
  type        = string
  description = "Minimum Kubernetes minor version of the control plane, such as 1.33; the release channel upgrades it."
  nullable    = false
  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.33."
  }
}

variable "network_id" {
  type        = string
  description = "ID of the VPC network."
  nullable    = false
}

variable "subnetwork_id" {
  type        = string
  description = "ID of the nodes' subnet."
  nullable    = false
}

variable "pods_range_name" {
  type        = string
  description = "Name of the subnet's secondary range for pods."
  nullable    = false
}

variable "services_range_name" {
  type        = string
  description = "Name of the subnet's secondary range for services."
  nullable    = false
}

variable "master_ipv4_cidr_block" {
  type        = string
  description = "The /28 range of the private control plane's endpoint."
  nullable    = false
  default     = "172.16.0.0/28"
  validation {
    condition     = can(cidrhost(var.master_ipv4_cidr_block, 0)) && endswith(var.master_ipv4_cidr_block, "/28")
    error_message = "master_ipv4_cidr_block must be an IPv4 /28 range such as 172.16.0.0/28."
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

variable "node_pool" {
  type = object({
    name         = string
    machine_type = string
    min_size     = number
    max_size     = number
  })
  description = "The node pool: name, machine type and autoscaling bounds (per zone)."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z]([-a-z0-9]*[a-z0-9])?$", var.node_pool.name)) && var.node_pool.min_size >= 1 && var.node_pool.max_size >= var.node_pool.min_size
    error_message = "node_pool.name must be lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit, with 1 <= min_size <= max_size."
  }
}
