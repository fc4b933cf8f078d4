"""The use cases. Each public function is one transaction and returns plain frozen values."""
