variable "name" {
  type        = string
  description = "Name of the cluster (common's names.cluster_name)."
  nullable    = false
  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]*$", var.name)) && length(var.name) <= 100
    error_message = "EKS cluster names are 1 to 100 letters, digits, hyphens and underscores, starting with a letter or digit."
  }
}

variable "kubernetes_version" {
  type        = string
  description = "Kubernetes minor version of the control plane, such as 1.33."
  nullable    = false
  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.33."
  }
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets of the control plane's interfaces and of the nodes, in two or more zones."
  nullable    = false
  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must name at least two subnets, in different zones (EKS requires two)."
  }
}

variable "public_access_cidrs" {
  type        = list(string)
  description = "IPv4 ranges that may reach the public API endpoint; empty keeps the endpoint private."
  nullable    = false
  default     = []
  validation {
    condition     = alltrue([for c in var.public_access_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "public_access_cidrs must be IPv4 ranges such as 203.0.113.0/24, and not 0.0.0.0/0."
  }
}

variable "node_pool" {
  type = object({
    name         = string
    machine_type = string
    min_size     = number
    max_size     = number
  })
  description = "The managed node group: name, instance type and autoscaling bounds."
  nullable    = false
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.node_pool.name)) && var.node_pool.min_size >= 1 && var.node_pool.max_size >= var.node_pool.min_size
    error_message = "node_pool.name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit, with 1 <= min_size <= max_size."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags of every resource (common's tags)."
  nullable    = false
}
