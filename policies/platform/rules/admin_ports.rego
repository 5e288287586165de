# METADATA
# title: public_admin_port
# description: |
#   Deny ingress from anywhere (0.0.0.0/0, ::/0; on Azure also *, Internet,
#   Any) to an administrative port: SSH, RDP, databases, the Kubernetes API,
#   search. Covers AWS security groups and their rules, Azure network security
#   rules and groups, and Google Cloud firewalls; port ranges and "all ports"
#   rules count when they include an admin port. ICMP rules are ignored.
#   Settings: admin_ports.
package platform.rules.admin_ports

import data.platform.lib
import data.platform.settings

violations contains {
	"rule": "public_admin_port",
	"severity": "error",
	"address": address,
	"message": message(address, found),
} if {
	some address, found in exposures
}

# exposures[address] = the set of {"source", "port"} pairs open to the world.
exposures[rc.address] := found if {
	some rc in lib.changed_resources
	found := {f | some f in open_ports(rc)}
	count(found) > 0
}

message(address, found) := sprintf(
	"%s allows inbound traffic from %s to admin port(s) %s. Restrict the source to known address ranges (or reach the hosts through a VPN, bastion or identity-aware proxy); if the port is not administrative here, tune the admin_ports setting.",
	[address, lib.join_sorted({f.source | some f in found}), lib.join_sorted({f.port | some f in found})],
)

world_cidrs := {"0.0.0.0/0", "::/0"}

azure_world := {"*", "0.0.0.0/0", "::/0", "internet", "any"}

# Protocols whose from/to values are not ports (ICMP type and code, ESP, AH…).
# Anything else (tcp, udp, sctp, -1/all, numbers 6, 17, 132) carries ports.
portless_protocols := {"icmp", "icmpv6", "1", "58", "esp", "50", "ah", "51", "gre", "47", "ipip", "4"}

carries_ports(protocol) if not lower(sprintf("%v", [protocol])) in portless_protocols

all_protocols(protocol) if lower(sprintf("%v", [protocol])) in {"-1", "all", "*"}

# The admin ports reached by an AWS rule: all of them for protocol -1,
# otherwise those between from_port and to_port.
aws_ports(rule, protocol) := settings.admin_ports if all_protocols(protocol)

else := lib.ports_in_range(settings.admin_ports, rule.from_port, rule.to_port) if {
	carries_ports(protocol)
	is_number(rule.from_port)
	is_number(rule.to_port)
}

# --- AWS --------------------------------------------------------------------

# aws_security_group with inline ingress blocks.
open_ports(rc) := {{"source": cidr, "port": port} |
	some rule in lib.list_of(rc.change.after.ingress)
	some cidr in aws_cidrs(rule, ["cidr_blocks", "ipv6_cidr_blocks"])
	some port in aws_ports(rule, rule.protocol)
} if rc.type == "aws_security_group"

# aws_security_group_rule of type ingress.
open_ports(rc) := {{"source": cidr, "port": port} |
	rule := rc.change.after
	rule.type == "ingress"
	some cidr in aws_cidrs(rule, ["cidr_blocks", "ipv6_cidr_blocks"])
	some port in aws_ports(rule, rule.protocol)
} if rc.type == "aws_security_group_rule"

# aws_vpc_security_group_ingress_rule (one CIDR per rule).
open_ports(rc) := {{"source": cidr, "port": port} |
	rule := rc.change.after
	some cidr in aws_cidrs(rule, ["cidr_ipv4", "cidr_ipv6"])
	some port in aws_ports(rule, rule.ip_protocol)
} if rc.type == "aws_vpc_security_group_ingress_rule"

# The world-open CIDRs among a rule's IPv4 and IPv6 attributes.
aws_cidrs(rule, keys) := {cidr |
	some key in keys
	some cidr in lib.strings_at(rule, key)
	cidr in world_cidrs
}

# --- Azure ------------------------------------------------------------------

open_ports(rc) := azure_open_ports(rc.change.after) if rc.type == "azurerm_network_security_rule"

open_ports(rc) := {found |
	some rule in lib.list_of(rc.change.after.security_rule)
	some found in azure_open_ports(rule)
} if rc.type == "azurerm_network_security_group"

azure_open_ports(rule) := {{"source": source, "port": port} |
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	carries_ports(rule.protocol)
	some source in array.concat(lib.strings_at(rule, "source_address_prefix"), lib.strings_at(rule, "source_address_prefixes"))
	lower(trim_space(source)) in azure_world
	specs := array.concat(lib.strings_at(rule, "destination_port_range"), lib.strings_at(rule, "destination_port_ranges"))
	some port in lib.ports_in_specs(settings.admin_ports, specs)
}

# --- Google Cloud -------------------------------------------------------------

open_ports(rc) := {{"source": source, "port": port} |
	firewall := rc.change.after
	upper(object.get(firewall, "direction", "INGRESS")) == "INGRESS"
	object.get(firewall, "disabled", false) != true
	some source in gcp_sources(rc)
	some allow in lib.list_of(firewall.allow)
	some port in gcp_ports(allow)
} if rc.type == "google_compute_firewall"

# The world-open source ranges. An ingress firewall with no source ranges,
# tags or service accounts applies to every source (a source_ranges value
# known only after apply is not judged).
gcp_sources(rc) := ranges if {
	ranges := {r | some r in lib.strings_at(rc.change.after, "source_ranges"); r in world_cidrs}
	count(ranges) > 0
} else := {"0.0.0.0/0 (no source given)"} if {
	not lib.unknown_after(rc, "source_ranges")
	not lib.unknown_after(rc, "source_tags")
	not lib.unknown_after(rc, "source_service_accounts")
	every key in ["source_ranges", "source_tags", "source_service_accounts"] {
		count(lib.strings_at(rc.change.after, key)) == 0
	}
} else := set()

# No ports listed means every port of the protocol.
gcp_ports(allow) := set() if not carries_ports(object.get(allow, "protocol", "all"))

else := settings.admin_ports if count(lib.strings_at(allow, "ports")) == 0

else := lib.ports_in_specs(settings.admin_ports, lib.strings_at(allow, "ports"))
