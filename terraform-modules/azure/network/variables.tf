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

variable "address_space" {
  type        = string
  description = "IPv4 range of the virtual network, a /16 to /20; the nodes' subnet is its first quarter."
  nullable    = false
  default     = "10.1.0.0/16"
  validation {
    condition     = can(cidrhost(var.address_space, 0)) && tonumber(try(split("/", var.address_space)[1], 0)) >= 16 && tonumber(try(split("/", var.address_space)[1], 0)) <= 20
    error_message = "address_space must be an IPv4 range of prefix length 16 to 20, such as 10.1.0.0/16."
  }
}
