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

variable "nodes_cidr" {
  type        = string
  description = "IPv4 range of the nodes' subnet; pods and services get secondary ranges of their own."
  nullable    = false
  default     = "10.2.0.0/20"
  validation {
    condition     = can(cidrhost(var.nodes_cidr, 0))
    error_message = "nodes_cidr must be an IPv4 range such as 10.2.0.0/20."
  }
}

variable "pods_cidr" {
  type        = string
  description = "Secondary IPv4 range of the pods."
  nullable    = false
  default     = "10.64.0.0/14"
  validation {
    condition     = can(cidrhost(var.pods_cidr, 0))
    error_message = "pods_cidr must be an IPv4 range such as 10.64.0.0/14."
  }
}

variable "services_cidr" {
  type        = string
  description = "Secondary IPv4 range of the services."
  nullable    = false
  default     = "10.68.0.0/20"
  validation {
    condition     = can(cidrhost(var.services_cidr, 0))
    error_message = "services_cidr must be an IPv4 range such as 10.68.0.0/20."
  }
}
