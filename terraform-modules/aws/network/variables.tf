variable "name" {
  type        = string
  description = "Name of the network, the cluster's name (common's names.cluster_name)."
  nullable    = false
  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]*$", var.name)) && length(var.name) <= 100
    error_message = "EKS cluster names are 1 to 100 letters, digits, hyphens and underscores, starting with a letter or digit."
  }
}

variable "cidr_block" {
  type        = string
  description = "IPv4 range of the VPC, a /16 to /20; each zone gets a private and a public /4 part of it."
  nullable    = false
  default     = "10.0.0.0/16"
  validation {
    condition     = can(cidrhost(var.cidr_block, 0)) && tonumber(try(split("/", var.cidr_block)[1], 0)) >= 16 && tonumber(try(split("/", var.cidr_block)[1], 0)) <= 20
    error_message = "cidr_block must be an IPv4 range of prefix length 16 to 20, such as 10.0.0.0/16."
  }
}

variable "availability_zones" {
  type        = list(string)
  description = "Two or three availability zones of the region, such as [\"eu-west-1a\", \"eu-west-1b\"]."
  nullable    = false
  validation {
    condition     = length(var.availability_zones) >= 2 && length(var.availability_zones) <= 3 && alltrue([for z in var.availability_zones : can(regex("^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$", z))])
    error_message = "availability_zones must be 2 or 3 zone names such as eu-west-1a."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags of every resource (common's tags)."
  nullable    = false
}
