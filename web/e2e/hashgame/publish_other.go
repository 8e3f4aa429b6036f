//go:build !js

package main

import "fmt"

func publish(results, first string) { fmt.Println(results) }
