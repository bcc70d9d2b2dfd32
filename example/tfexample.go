// Package main is a small cgo shared object for TensorFlow's Python side. Its exported
// functions call the TensorFlow C API of the TensorFlow that Python imports.
package main

/*
#include <stdlib.h>
#include "tensorflow/c/c_api.h"
*/
import "C"

// TFCGOVersion returns the TensorFlow version the library is linked against.
// The string belongs to TensorFlow; callers must not free it.
//
//export TFCGOVersion
func TFCGOVersion() *C.char {
	return C.TF_Version()
}

// TFCGOStatusOK creates and deletes a TF_Status and reports whether it starts out OK (1).
//
//export TFCGOStatusOK
func TFCGOStatusOK() C.int {
	status := C.TF_NewStatus()
	defer C.TF_DeleteStatus(status)
	if C.TF_GetCode(status) == C.TF_OK {
		return 1
	}
	return 0
}

// TFCGOGraphOperations builds an empty graph and returns how many operations it has (0).
//
//export TFCGOGraphOperations
func TFCGOGraphOperations() C.int {
	graph := C.TF_NewGraph()
	defer C.TF_DeleteGraph(graph)
	var pos C.size_t
	count := 0
	for C.TF_GraphNextOperation(graph, &pos) != nil {
		count++
	}
	return C.int(count)
}

func main() {}
