package platform.lib_test

import data.platform.lib

test_port_ranges if {
	lib.port_range(22) == [22, 22]
	lib.port_range("22") == [22, 22]
	lib.port_range(" 20 - 30 ") == [20, 30]
	lib.port_range("*") == [0, 65535]
	not lib.port_range("ssh")
	not lib.port_range("(sensitive)")
	not lib.port_range(null)
}

test_ports_in_specs if {
	lib.ports_in_specs({22, 3389, 5432}, ["80", "3000-4000", "22"]) == {22, 3389}
	lib.ports_in_specs({22}, []) == set()
}

test_actions if {
	lib.is_delete({"change": {"actions": ["delete"]}})
	lib.is_replace({"change": {"actions": ["delete", "create"]}})
	lib.is_replace({"change": {"actions": ["create", "delete"]}})
	not lib.is_replace({"change": {"actions": ["delete"]}})
	lib.is_create_or_update({"change": {"actions": ["update"]}})
	not lib.is_create_or_update({"change": {"actions": ["no-op"]}})
	not lib.is_delete({"change": {"actions": ["read"]}})
	not lib.is_delete({})
}

test_value_shapes if {
	lib.list_of([1, 2]) == [1, 2]
	lib.list_of({"a": 1}) == [{"a": 1}]
	lib.list_of(null) == []
	lib.strings_of("a") == ["a"]
	lib.strings_of(["a", null, 1]) == ["a"]
	lib.strings_of(null) == []
	lib.strings_at({"a": ["x"]}, "b") == []
	lib.join_sorted({3389, 22}) == "22, 3389"
}
